import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { AgentRoute } from './agent-route';

function renderAt(path: string) {
  const element = (
    <ViewerContext value={viewer({ isAdmin: true })}>
      <AgentRoute />
    </ViewerContext>
  );
  renderRoutes([{ path: '/agents/:id', element }], path);
}

describe('AgentRoute', () => {
  it.each(['/agents/abc', '/agents/0', '/agents/12abc'])('says %s names no agent and links back to Agents', async (path) => {
    renderAt(path);
    expect(await screen.findByRole('heading', { level: 1, name: 'Agent not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to Agents' })).toHaveAttribute('href', '/agents');
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('opens the agent page for an id', () => {
    renderAt('/agents/12');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the agent…');
  });
});
