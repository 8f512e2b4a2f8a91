import type { ComponentProps } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ChangeLogTable, type ChangeLogRow } from './change-log-table';
import { toDisplayError } from '../lib/errors';

const PAGE_SIZE = 25;

/** What a change-log query answers under the name `changeLog` (an alias where the field is named otherwise). */
export interface ChangeLogResult {
  changeLog: {
    totalCount: number;
    edges: { node: ChangeLogRow }[];
    pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  };
}

interface Props<V> extends Pick<ComponentProps<typeof ChangeLogTable>, 'label' | 'format' | 'showLoadedCount'> {
  query: TypedDocumentNode<ChangeLogResult, V & { first?: number | null; after?: string | null }>;
  variables: V;
}

/** A record's change log (an agent's, a user's, an agent's CRM fields), newest first, older entries fetched on demand. */
export function PagedChangeLog<V extends object>({ query, variables, ...table }: Props<V>) {
  const { t } = useTranslation('common');
  const { data, error, loading, fetchMore } = useQuery(query as TypedDocumentNode<ChangeLogResult, Record<string, unknown>>, {
    variables: { ...variables, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data) {
    if (error) return <p className="alert alert-error">{toDisplayError(error).message}</p>;
    return <p role="status">{t('changeLog.loading')}</p>;
  }
  const { edges, pageInfo, totalCount } = data.changeLog;
  if (edges.length === 0) return <p className="empty-state">{t('changeLog.emptyTitle')}</p>;

  function loadOlder() {
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        changeLog: { ...fetchMoreResult.changeLog, edges: [...previous.changeLog.edges, ...fetchMoreResult.changeLog.edges] },
      }),
    });
  }

  return (
    <ChangeLogTable
      rows={edges.map((e) => e.node)}
      totalCount={totalCount}
      hasOlder={pageInfo.hasNextPage}
      loading={loading}
      onLoadOlder={loadOlder}
      {...table}
    />
  );
}
