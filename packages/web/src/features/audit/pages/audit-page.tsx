import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ScrollText } from 'lucide-react';
import { ListPage } from '../../../components/list-page';
import { useConnectionPages } from '../../../lib/use-connection-pages';
import { plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSearchParamsWriter } from '../../../lib/use-search-params-writer';
import type { AuditLogQuery } from '../../../gql/graphql';
import { AUDIT_LOG_QUERY } from '../audit.graphql';
import { auditCsvUrl, toAuditFilter, type AuditFilterParams } from '../audit-labels';
import { AuditFilters } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';

/** Events per request (the API caps `first` at 100). */
const PAGE_SIZE = 50;
const KEYS = ['actor', 'action', 'targetType', 'from', 'to'] as const;
const filterParams = (params: URLSearchParams) =>
  Object.fromEntries(KEYS.map((k) => [k, params.get(k) || null])) as unknown as AuditFilterParams;

/** The audit log (administrators): filters kept in the address, pages by cursor, the CSV of what the filters show. */
export function AuditPage() {
  useDocumentTitle('Audit log');
  const [params] = useSearchParams();
  const writeParams = useSearchParamsWriter();
  const values = useMemo(() => filterParams(params), [params]);
  const filter = useMemo(() => toAuditFilter(values), [values]);
  const connectionOf = useCallback((data: AuditLogQuery) => data.auditLog, []);
  const pages = useConnectionPages(AUDIT_LOG_QUERY, { filter, first: PAGE_SIZE }, connectionOf);
  const events = pages.nodes;
  const filtered = Object.keys(filter).length > 0;

  // On the router's latest address: a second filter picked before the first has rendered stays.
  const change = (next: Partial<AuditFilterParams>) =>
    writeParams((current) => {
      const merged = { ...filterParams(current), ...next };
      return new URLSearchParams(Object.fromEntries(KEYS.filter((k) => merged[k]).map((k) => [k, merged[k]!])));
    });

  const count = `${pages.totalCountIsExact ? '' : 'more than '}${plural(pages.totalCount, 'event')}`;
  return (
    <ListPage
      titleId="audit-title"
      title="Audit log"
      intro="Every administrative change and security event: who, what, when and from where. Newest first."
      actions={
        <a href={auditCsvUrl(filter)} download="audit.csv" className="button button-secondary">
          {filtered ? 'Export CSV (filtered)' : 'Export CSV'}
        </a>
      }
      toolbar={<AuditFilters value={values} onChange={change} />}
      query={{ loading: pages.loading, error: pages.error, hasData: !pages.loading && !pages.error, onRetry: pages.retry }}
      what="the audit log"
      items={events}
      empty={{
        icon: ScrollText,
        text: filtered ? 'No events match these filters' : 'No events yet',
        action: filtered ? (
          <button type="button" className="button button-secondary" onClick={() => writeParams(() => new URLSearchParams())}>
            Clear filters
          </button>
        ) : undefined,
      }}
      list={(rows) => (
        <>
          <AuditTable events={rows} caption={`${count}${filtered ? ' matching the filters' : ''}, showing ${rows.length}`} />
          {(pages.hasNextPage || pages.loadMoreFailed) && (
            <div className="list-more">
              {pages.loadMoreFailed && <p role="alert">The next events could not be loaded.</p>}
              <button type="button" className="button button-secondary" onClick={pages.loadMore} disabled={pages.fetchingMore}>
                {pages.fetchingMore ? 'Loading…' : 'Load more'}
              </button>
            </div>
          )}
        </>
      )}
    />
  );
}
