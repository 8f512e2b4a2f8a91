import { useParams } from 'react-router';
import { idNumber } from '@roster/shared';
import { AgentPage } from '../agent-page/agent-page';
import { AgentNotFound } from '../components/agent-not-found';

/**
 * /agents/:id. An id that cannot name an agent (`/agents/abc`) is "Agent not found" at once: the
 * API would answer it with a field error, which the agent page could only offer to try again.
 */
export function AgentRoute() {
  const { id } = useParams();
  return idNumber(id) === null ? <AgentNotFound /> : <AgentPage />;
}
