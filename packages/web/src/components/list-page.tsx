import type { ReactNode } from 'react';
import { QueryState } from './query-state';

interface ListPageProps<T> {
  /** Id of the page's h1 (the page section is labelled by it). */
  titleId: string;
  title: ReactNode;
  intro: ReactNode;
  /** Panels between the header and the list, such as a "New team" form. */
  children?: ReactNode;
  /** The list's own panel and h2; without it the list sits on the page itself. */
  listPanel?: { titleId: string; title: ReactNode };
  /** Filters above the list (a `.toolbar`). */
  toolbar?: ReactNode;
  /** The list query's state: the loading line or the error with a retry, until there is data. */
  query: { loading: boolean; error: unknown; hasData: boolean; onRetry: () => void };
  /** What is loading, for the status line ("Loading teams…"). */
  what: string;
  items: readonly T[];
  /** Shown once the query answered with no items. */
  empty: ReactNode;
  /** The table of the items (called only when there are some). */
  list: (items: readonly T[]) => ReactNode;
}

/**
 * The scaffold of the admin list pages (teams, departments, API tokens, invitations, outbox): the
 * header with the page's title and intro, optional panels, then the list with its filters, loading
 * and error state, empty state and table.
 */
export function ListPage<T>({ titleId, title, intro, children, listPanel, toolbar, query, what, items, empty, list }: ListPageProps<T>) {
  const body = (
    <>
      {toolbar && <div className="toolbar">{toolbar}</div>}
      <QueryState {...query} what={what} />
      {query.hasData && items.length === 0 && <p className="empty-state">{empty}</p>}
      {items.length > 0 && list(items)}
    </>
  );
  return (
    <section className="page" aria-labelledby={titleId}>
      <header className="page-header">
        <h1 id={titleId}>{title}</h1>
        <p className="page-intro">{intro}</p>
      </header>
      {children}
      {listPanel ? (
        <section className="panel" aria-labelledby={listPanel.titleId}>
          <h2 id={listPanel.titleId}>{listPanel.title}</h2>
          {body}
        </section>
      ) : (
        body
      )}
    </section>
  );
}
