import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { errorResult, LocationProbe, renderRoutes, viewer } from '../../test/apollo-router';
import { VIEWER_QUERY } from './auth.graphql';
import { RequireViewer } from './require-viewer';
import { useViewer } from './viewer-context';

function Greeting() {
  return <h1>Hello, {useViewer().name}</h1>;
}

const routes = [
  { path: '/sign-in', element: <LocationProbe name="sign-in" /> },
  {
    element: <RequireViewer />,
    children: [
      { path: '/', element: <Greeting /> },
      { path: '/reports', element: <Greeting /> },
      { path: '/change-password', element: <LocationProbe name="change-password" /> },
    ],
  },
];

const viewerAnswer = (over = {}) => ({ request: { query: VIEWER_QUERY }, result: { data: { viewer: viewer(over) } } });

describe('RequireViewer', () => {
  it('shows a loading status, then hands the viewer to the child route', async () => {
    renderRoutes(routes, '/', [viewerAnswer()]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading');
    expect(await screen.findByRole('heading', { name: 'Hello, Ann Agent' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('sends a signed-out visitor to sign-in, remembering the page', async () => {
    const { router } = renderRoutes(routes, '/reports?tab=2', [
      { request: { query: VIEWER_QUERY }, result: errorResult('Sign in first', 'UNAUTHENTICATED') },
    ]);
    expect(await screen.findByTestId('location')).toHaveTextContent('sign-in /sign-in {"from":"/reports?tab=2"}');
    // Replaced, not pushed: Back does not return to the guarded page.
    expect(router.state.historyAction).toBe('REPLACE');
  });

  it('sends an agent who must change the password to the change-password page', async () => {
    renderRoutes(routes, '/reports', [viewerAnswer({ mustChangePassword: true })]);
    expect(await screen.findByTestId('location')).toHaveTextContent('change-password /change-password');
  });

  it('lets that agent stay on the change-password page', async () => {
    renderRoutes(routes, '/change-password', [viewerAnswer({ mustChangePassword: true })]);
    expect(await screen.findByTestId('location')).toHaveTextContent('change-password /change-password null');
  });

  it('shows other failures with a retry that loads the viewer again', async () => {
    renderRoutes(routes, '/', [{ request: { query: VIEWER_QUERY }, error: new TypeError('Failed to fetch') }, viewerAnswer()]);
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not reach the server.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Hello, Ann Agent' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

it('useViewer outside RequireViewer says where it belongs', () => {
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
  expect(() => render(<Greeting />)).toThrow('useViewer() must be used below <RequireViewer>');
});
