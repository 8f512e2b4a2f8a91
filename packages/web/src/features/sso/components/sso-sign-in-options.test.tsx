import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { SSO_SIGN_IN_PROVIDERS_QUERY } from '../sso.graphql';
import { SsoSignInOptions } from './sso-sign-in-options';

const routes = [{ path: '/sign-in', element: <SsoSignInOptions /> }];
const providers = (list: { id: string; displayName: string }[]) => ({
  request: { query: SSO_SIGN_IN_PROVIDERS_QUERY },
  result: { data: { ssoSignInProviders: list.map((p) => ({ __typename: 'SsoSignInProvider', ...p })) } },
});

describe('SsoSignInOptions', () => {
  it('links each enabled provider to its start URL', async () => {
    renderRoutes(routes, '/sign-in', [providers([{ id: '3', displayName: 'Okta' }])]);
    const link = await screen.findByRole('link', { name: 'Sign in with Okta' });
    expect(link).toHaveAttribute('href', '/sso/3/start');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says why single sign-on was refused, and falls back to a general message for an unknown reason', async () => {
    const { unmount } = renderRoutes(routes, '/sign-in?sso_error=NO_SEAT', [providers([])]);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no free agent seat');
    unmount();
    renderRoutes(routes, '/sign-in?sso_error=%3Cscript%3E', [providers([])]);
    expect(await screen.findByRole('alert')).toHaveTextContent('The identity provider could not sign you in');
  });
});
