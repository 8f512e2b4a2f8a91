import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { startAuthentication } from '@simplewebauthn/browser';
import { errorResult, LocationProbe, renderRoutes, viewer } from '../../../test/apollo-router';
import { LOGIN_MUTATION } from '../auth.graphql';
import { FINISH_PASSKEY_SIGN_IN_MUTATION, START_PASSKEY_SIGN_IN_MUTATION } from '../../two-step/two-step.graphql';
import { RequireViewer } from '../require-viewer';
import { useViewer } from '../viewer-context';
import { SignInPage } from './sign-in-page';

vi.mock('@simplewebauthn/browser', () => ({ startAuthentication: vi.fn() }));

function Reports() {
  return <h1>Reports for {useViewer().name}</h1>;
}

// No mock answers the viewer query: the guarded pages render only if sign-in seeded the cache.
const routes = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireViewer />,
    children: [
      { path: '/', element: <LocationProbe name="home" /> },
      { path: '/reports', element: <Reports /> },
    ],
  },
];

const EMAIL = 'ann@example.com';
const PASSWORD = 'correct horse battery';
const loginAnswer = (result: object, password = PASSWORD, delay = 0) => ({
  request: { query: LOGIN_MUTATION, variables: { email: EMAIL, password } },
  result,
  delay,
});
const signedIn = { data: { login: { __typename: 'AuthPayload', token: 'secret-token', agent: viewer() } } };

async function fillAndSubmit(email: string, password: string) {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('names the tab and focuses the email input', () => {
    renderRoutes(routes, '/sign-in');
    expect(document.title).toBe('Sign in · Roster');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('signs in with the trimmed email and returns to the page that sent the visitor here', async () => {
    renderRoutes(routes, { pathname: '/sign-in', state: { from: '/reports' } }, [loginAnswer(signedIn)]);
    await fillAndSubmit(`  ${EMAIL} `, PASSWORD);
    expect(await screen.findByRole('heading', { name: 'Reports for Ann Agent' })).toBeInTheDocument();
  });

  it.each([
    ['no return path', undefined],
    ['the sign-in page itself', '/sign-in'],
    ['another site', 'https://evil.example/'],
  ])('goes home when there is %s', async (_, from) => {
    renderRoutes(routes, { pathname: '/sign-in', state: from ? { from } : null }, [loginAnswer(signedIn)]);
    await fillAndSubmit(EMAIL, PASSWORD);
    expect(await screen.findByTestId('location')).toHaveTextContent('home /');
  });

  it("shows the server's message, clears the password and keeps the email", async () => {
    renderRoutes(routes, '/sign-in', [loginAnswer(errorResult('Wrong email or password', 'UNAUTHENTICATED'), 'wrong password')]);
    await fillAndSubmit(EMAIL, 'wrong password');
    expect(await screen.findByRole('alert')).toHaveTextContent(/^Wrong email or password$/);
    expect(screen.getByLabelText('Password')).toHaveValue('');
    expect(screen.getByLabelText('Email')).toHaveValue(EMAIL);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('marks the inputs a field error names', async () => {
    renderRoutes(routes, '/sign-in', [loginAnswer(errorResult('Invalid input', 'BAD_USER_INPUT', { email: 'is not a valid address' }))]);
    await fillAndSubmit(EMAIL, PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent('Email is not a valid address');
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
  });

  it('disables the button while signing in, and clears the last error on a new attempt', async () => {
    renderRoutes(routes, '/sign-in', [loginAnswer(errorResult('Too many attempts', 'RATE_LIMITED')), loginAnswer(signedIn, PASSWORD, 200)]);
    await fillAndSubmit(EMAIL, PASSWORD);
    expect(await screen.findByRole('alert')).toHaveTextContent('Wait a moment before trying again.');

    await userEvent.type(screen.getByLabelText('Password'), PASSWORD);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByRole('button', { name: 'Signing in…' })).toBeDisabled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await screen.findByTestId('location')).toHaveTextContent('home /');
  });

  describe('Sign in with a passkey', () => {
    const started = {
      request: { query: START_PASSKEY_SIGN_IN_MUTATION },
      result: { data: { startPasskeySignIn: { __typename: 'PasskeySignInRequest', requestId: 'rpk_1', options: '{"challenge":"c"}' } } },
    };

    it('signs in without the password, from the keyboard', async () => {
      vi.mocked(startAuthentication).mockResolvedValueOnce({ id: 'cred' } as never);
      const finished = {
        request: { query: FINISH_PASSKEY_SIGN_IN_MUTATION, variables: { requestId: 'rpk_1', response: '{"id":"cred"}' } },
        result: { data: { finishPasskeySignIn: { __typename: 'AuthPayload', token: 't', agent: viewer() } } },
      };
      renderRoutes(routes, '/sign-in', [started, finished]);
      screen.getByRole('button', { name: 'Sign in with a passkey' }).focus();
      await userEvent.keyboard('{Enter}');
      expect(await screen.findByTestId('location')).toHaveTextContent('home /');
      expect(startAuthentication).toHaveBeenCalledWith({ optionsJSON: { challenge: 'c' } });
    });

    it('says so when the browser used no passkey, and when the server does not know it', async () => {
      vi.mocked(startAuthentication).mockRejectedValueOnce(Object.assign(new Error('cancelled'), { name: 'NotAllowedError' }));
      vi.mocked(startAuthentication).mockResolvedValueOnce({ id: 'x' } as never);
      const refused = {
        request: { query: FINISH_PASSKEY_SIGN_IN_MUTATION, variables: { requestId: 'rpk_1', response: '{"id":"x"}' } },
        result: errorResult('This passkey is not registered with Roster: sign in with your password', 'UNAUTHENTICATED'),
      };
      renderRoutes(routes, '/sign-in', [started, started, refused]);
      await userEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('The browser did not use a passkey (cancelled or timed out).');
      await userEvent.click(screen.getByRole('button', { name: 'Sign in with a passkey' }));
      expect(await screen.findByRole('alert')).toHaveTextContent('This passkey is not registered with Roster');
      expect(screen.getByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    });
  });
});
