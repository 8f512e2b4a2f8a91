import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n';
import { errorResult, renderRoutes } from '../../../test/apollo-router';
import { SSO_SIGN_IN_PROVIDERS_QUERY } from '../../sso/sso.graphql';
import { INVITATION_PREVIEW_QUERY, VIEWER_QUERY } from '../auth.graphql';
import { AcceptInvitationPage } from './accept-invitation-page';

const routes = [{ path: '/accept-invitation', element: <AcceptInvitationPage /> }];
const TOKEN = 'inv_token';
const preview = (ssoRequired: boolean) => ({
  request: { query: INVITATION_PREVIEW_QUERY, variables: { token: TOKEN } },
  result: {
    data: {
      invitationPreview: {
        __typename: 'InvitationPreview',
        status: 'VALID',
        email: 'ines@corp.example',
        helpdeskName: 'help.example',
        inviterName: 'Ada Admin',
        expiresAt: '2030-01-01T00:00:00.000Z',
        ssoRequired,
      },
    },
  },
});
const signedOut = { request: { query: VIEWER_QUERY }, result: errorResult('Sign in', 'UNAUTHENTICATED') };
const providers = {
  request: { query: SSO_SIGN_IN_PROVIDERS_QUERY },
  result: { data: { ssoSignInProviders: [{ __typename: 'SsoSignInProvider', id: '3', displayName: 'Okta' }] } },
};

describe('AcceptInvitationPage', () => {
  it('offers the password form while passwords are on', async () => {
    renderRoutes(routes, `/accept-invitation?token=${TOKEN}`, [preview(false), signedOut]);
    expect(await screen.findByRole('button', { name: 'Accept invitation' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Sign in with/ })).not.toBeInTheDocument();
  });

  it('offers the single sign-on buttons instead of a password when SSO is required', async () => {
    renderRoutes(routes, `/accept-invitation?token=${TOKEN}`, [preview(true), signedOut, providers]);
    const link = await screen.findByRole('link', { name: 'Sign in with Okta' });
    expect(link).toHaveAttribute('href', '/sso/3/start');
    expect(screen.getByRole('note')).toHaveTextContent('no Roster password is needed');
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/password/i)).not.toBeInTheDocument();
  });
});

describe('AcceptInvitationPage in German', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('says who invited whom, and labels the form, in German', async () => {
    await setLanguage('de');
    renderRoutes(routes, `/accept-invitation?token=${TOKEN}`, [preview(false), signedOut]);
    expect(await screen.findByRole('button', { name: 'Einladung annehmen' })).toBeInTheDocument();
    expect(screen.getByText('Ada Admin hat Sie zu help.example eingeladen.')).toBeInTheDocument();
    expect(screen.getByText('Link gültig bis')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Leer lassen, um den Namen aus Ihrer Einladung zu verwenden.');
    expect(screen.getByRole('link', { name: 'Anmelden' })).toHaveAttribute('href', '/sign-in');
  });

  it('says in German that a revoked invitation cannot be used', async () => {
    await setLanguage('de');
    const revoked = preview(false);
    revoked.result.data.invitationPreview.status = 'REVOKED';
    renderRoutes(routes, `/accept-invitation?token=${TOKEN}`, [revoked, signedOut]);
    expect(await screen.findByText('Diese Einladung wurde widerrufen.')).toBeInTheDocument();
    expect(screen.getByText('Bitten Sie Ihren Administrator um eine neue.')).toBeInTheDocument();
  });
});
