import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ScrollText } from 'lucide-react';
import { ListPage } from '../../../components/list-page';
import { useConnectionPages } from '../../../lib/use-connection-pages';
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
  const { t } = useTranslation('audit');
  useDocumentTitle(t('page.title'));
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

  const total = t('page.events', { count: pages.totalCount });
  const count = pages.totalCountIsExact ? total : t('page.moreThan', { events: total });
  const caption = (shown: number) => t('page.showing', { events: filtered ? t('page.matching', { events: count }) : count, shown });
  return (
    <ListPage
      titleId="audit-title"
      title={t('page.title')}
      intro={t('page.intro')}
      actions={
        <a href={auditCsvUrl(filter)} download="audit.csv" className="button button-secondary">
          {filtered ? t('page.exportCsvFiltered') : t('page.exportCsv')}
        </a>
      }
      toolbar={<AuditFilters value={values} onChange={change} />}
      query={{ loading: pages.loading, error: pages.error, hasData: !pages.loading && !pages.error, onRetry: pages.retry }}
      what={t('page.what')}
      items={events}
      empty={{
        icon: ScrollText,
        text: filtered ? t('page.emptyFiltered') : t('page.empty'),
        action: filtered ? (
          <button type="button" className="button button-secondary" onClick={() => writeParams(() => new URLSearchParams())}>
            {t('page.clearFilters')}
          </button>
        ) : undefined,
      }}
      list={(rows) => (
        <>
          <AuditTable events={rows} caption={caption(rows.length)} />
          {(pages.hasNextPage || pages.loadMoreFailed) && (
            <div className="list-more">
              {pages.loadMoreFailed && <p role="alert">{t('page.loadMoreFailed')}</p>}
              <button type="button" className="button button-secondary" onClick={pages.loadMore} disabled={pages.fetchingMore}>
                {pages.fetchingMore ? t('page.loading') : t('page.loadMore')}
              </button>
            </div>
          )}
        </>
      )}
    />
  );
}
