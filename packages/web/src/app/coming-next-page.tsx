import { Link } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

interface ComingNextPageProps {
  title: string;
  summary: string;
}

/** Placeholder for a section that is planned but not built yet. */
export function ComingNextPage({ title, summary }: ComingNextPageProps) {
  useDocumentTitle(title);
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="panel empty-panel">
        <p className="empty-title">Coming next</p>
        <p>{summary}</p>
        <p className="empty-state">
          Until then, this works through the GraphQL API. <Link to="/agents">Back to the agents list</Link>
        </p>
      </div>
    </section>
  );
}
