import type { ReactNode } from 'react';
import { QueryState } from './query-state';
import { PageHeader } from './page-header';
import { EmptyState, type EmptyStateProps } from './empty-state';

interface ListPageProps<T> {
  /** Id of the page's h1 (the page section is labelled by it). */
  titleId: string;
  title: ReactNode;
  intro?: ReactNode;
  /** The page's actions, in its header bar. */
  actions?: ReactNode;
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
  /** Shown once the query answered with no items: what is empty and the next step. */
  empty: EmptyStateProps;
  /** The table of the items (called only when there are some). */
  list: (items: readonly T[]) => ReactNode;
}

/**
 * The scaffold of the admin list pages (teams, departments, API tokens, invitations, outbox): the
 * header with the page's title and intro, optional panels, then the list with its filters, loading
 * and error state, empty state and table.
 */
export function ListPage<T>({
  titleId,
  title,
  intro,
  actions,
  children,
  listPanel,
  toolbar,
  query,
  what,
  items,
  empty,
  list,
}: ListPageProps<T>) {
  const body = (
    <>
      {toolbar && <div className="toolbar">{toolbar}</div>}
      <QueryState {...query} what={what} />
      {query.hasData && items.length === 0 && <EmptyState {...empty} />}
      {items.length > 0 && list(items)}
    </>
  );
  return (
    <section className="page" aria-labelledby={titleId}>
      <PageHeader titleId={titleId} title={title} intro={intro} actions={actions} />
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
