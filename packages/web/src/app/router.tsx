import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AppLayout } from './layout';
import { RequireViewer } from '../features/auth/require-viewer';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { HomePage } from '../features/home/pages/home-page';
import { NotFoundPage } from './not-found-page';
import { RequireAdmin } from './require-admin';
import { adminPageRoutes, preferencesRoute } from './admin-pages-routes';

// Screens beyond sign-in and home load on first visit (their own chunks), keeping the first page
// small: `pnpm build` prints its size and fails above the budget (scripts/check-bundle-size.mjs).
const acceptInvitationPage = async () => ({
  Component: (await import('../features/auth/pages/accept-invitation-page')).AcceptInvitationPage,
});
const setPasswordPage = async () => ({ Component: (await import('../features/auth/pages/set-password-page')).SetPasswordPage });
const forgotPasswordPage = async () => ({
  Component: (await import('../features/auth/pages/forgot-password-page')).ForgotPasswordPage,
});
const twoStepSetupPage = async () => ({ Component: (await import('../features/two-step/pages/two-step-setup-page')).TwoStepSetupPage });
const changePasswordPage = async () => ({ Component: (await import('../features/auth/pages/change-password-page')).ChangePasswordPage });
const agentsPage = async () => ({ Component: (await import('../features/agents/pages/agents-page')).AgentsPage });
const agentPage = async () => ({ Component: (await import('../features/agents/pages/agent-route')).AgentRoute });
const bulkAddPage = async () => ({ Component: (await import('../features/agents/bulk-add/bulk-add-page')).BulkAddPage });
const newAgentPage = async () => ({ Component: (await import('../features/agents/pages/new-agent-page')).NewAgentPage });

const crmPage = async () => ({ Component: (await import('../features/crm/pages/crm-page')).CrmPage });
const userImportPage = async () => ({ Component: (await import('../features/user-import/user-import-page')).UserImportPage });
const crmEmpty = async () => ({ Component: (await import('../features/crm/pages/crm-page')).CrmEmpty });
const newUserForm = async () => ({ Component: (await import('../features/crm/pages/new-user-page')).NewUserPage });
const crmManagePage = async () => ({ Component: (await import('../features/crm/pages/crm-manage-page')).CrmManagePage });
const userRecord = async () => ({ Component: (await import('../features/crm/components/user-record')).UserRecordRoute });
const agentCrmRecord = async () => ({ Component: (await import('../features/crm/agents/agent-record')).AgentRecordRoute });

export const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  // Old or hand-typed links to /login land on the sign-in page.
  { path: '/login', element: <Navigate to="/sign-in" replace /> },
  // Public: the link in the invitation email; the person has no account yet.
  { path: '/accept-invitation', lazy: acceptInvitationPage },
  { path: '/set-password', lazy: setPasswordPage },
  { path: '/forgot-password', lazy: forgotPasswordPage },
  {
    // Everything below needs a signed-in agent; RequireViewer sends others to /sign-in
    // and agents with mustChangePassword to /change-password.
    element: <RequireViewer />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          // Renaming and deleting usergroups and organizations (a page of its own, not a pane).
          { path: 'crm/manage', lazy: crmManagePage },
          {
            // The CRM pane: agents without people.view get "You do not have access" (CrmPage).
            path: 'crm',
            lazy: crmPage,
            children: [
              { index: true, lazy: crmEmpty },
              { path: 'users/new', lazy: newUserForm },
              { path: 'users/:id', lazy: userRecord },
              { path: 'agents/:id', lazy: agentCrmRecord },
            ],
          },
          // Outside the CRM panes: a full page. Export needs people.view, import people.create.
          { path: 'crm/import', lazy: userImportPage },
          { path: 'agents', lazy: agentsPage },
          { path: 'agents/:id', lazy: agentPage },
          { path: 'change-password', lazy: changePasswordPage },
          { path: 'two-step-setup', lazy: twoStepSetupPage },
          preferencesRoute,
          {
            // Administrators only: others see "You need administrator access".
            element: <RequireAdmin />,
            children: [{ path: 'agents/new', lazy: newAgentPage }, { path: 'agents/bulk', lazy: bulkAddPage }, ...adminPageRoutes],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

/**
 * Shown on a full page load while the matched route's code loads (every route but sign-in and
 * home is lazy); without it React Router warns on each load and renders nothing meanwhile.
 */
function RouteLoading() {
  const { t } = useTranslation('common');
  return (
    <p role="status" className="route-loading">
      {t('loading')}
    </p>
  );
}

export const router = createBrowserRouter([{ hydrateFallbackElement: <RouteLoading />, children: routes }]);
