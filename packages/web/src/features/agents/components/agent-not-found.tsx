import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** An address under /agents/ that names no agent: say so, and lead back to the list. */
export function AgentNotFound() {
  useDocumentTitle('Agent not found');
  return (
    <section className="page page-status" aria-labelledby="agent-not-found-title">
      <h1 id="agent-not-found-title">Agent not found</h1>
      <p>There is no agent at this address. The link may be mistyped, or the agent was deleted.</p>
      <p>
        <Link to="/agents">Back to Agents</Link>
      </p>
    </section>
  );
}
