import { createBrowserRouter, Navigate } from 'react-router';
import { AppLayout } from './layout';
import { RequireViewer } from '../features/auth/require-viewer';
import { SignInPage } from '../features/auth/pages/sign-in-page';
import { ChangePasswordPage } from '../features/auth/pages/change-password-page';
import { AcceptInvitationPage } from '../features/auth/pages/accept-invitation-page';
import { SetPasswordPage } from '../features/auth/pages/set-password-page';
import { HomePage } from '../features/home/pages/home-page';
import { NotFoundPage } from './not-found-page';

export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  // Old or hand-typed links to /login land on the sign-in page.
  { path: '/login', element: <Navigate to="/sign-in" replace /> },
  // Public: the link in the invitation email; the person has no account yet.
  { path: '/accept-invitation', element: <AcceptInvitationPage /> },
  { path: '/set-password', element: <SetPasswordPage /> },
  {
    // Everything below needs a signed-in agent; RequireViewer sends others to /sign-in
    // and agents with mustChangePassword to /change-password.
    element: <RequireViewer />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'change-password', element: <ChangePasswordPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
