import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../test/apollo-router';
import { VIEWER_QUERY } from '../features/auth/auth.graphql';
import { RequireViewer } from '../features/auth/require-viewer';
import { RequireAdmin } from './require-admin';

const routes = [
  {
    element: <RequireViewer />,
    children: [{ element: <RequireAdmin />, children: [{ path: '/teams', element: <h1>Teams</h1> }] }],
  },
];

const viewerAnswer = (isAdmin: boolean) => ({ request: { query: VIEWER_QUERY }, result: { data: { viewer: viewer({ isAdmin }) } } });

describe('RequireAdmin', () => {
  it('shows an admin the page', async () => {
    renderRoutes(routes, '/teams', [viewerAnswer(true)]);
    expect(await screen.findByRole('heading', { name: 'Teams' })).toBeInTheDocument();
  });

  it('tells anyone else they need administrator access, not that the page is missing', async () => {
    renderRoutes(routes, '/teams', [viewerAnswer(false)]);
    expect(await screen.findByRole('heading', { name: 'You need administrator access' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Teams' })).not.toBeInTheDocument();
  });
});
