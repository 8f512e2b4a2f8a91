import { useQuery } from '@apollo/client/react';
import { Trans } from 'react-i18next';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { userFieldLabel } from '../change-log-labels';
import { changeValueText } from '../../../components/change-log-value';
import { CRM_USER_ACTIVITY_QUERY } from '../crm-merge.graphql';
import type { CrmUserActivityQuery } from '../../../gql/graphql';
import { MovedFromNote } from '../../../components/moved-from-note';
import { UserRecordPopup } from './user-record-popup';

const PAGE_SIZE = 25;

type Item = CrmUserActivityQuery['userActivity']['edges'][number]['node'];

// Merge values read "Name (#12), merge #3": the name is shown, the id becomes the pop-up link.
const mergedName = (value: string | null | undefined) => (value ?? '').replace(/ \(#\d+\), merge #\d+$/, '');

function MergeText({ item }: { item: Item }) {
  const { t } = useTranslation('crm');
  const other = mergedName(item.newValue ?? item.oldValue);
  const who = item.relatedUserId ? <UserRecordPopup userId={item.relatedUserId} label={other} /> : <strong>{other}</strong>;
  const key = item.field === 'merged' ? 'merged' : item.field === 'mergeUndone' ? 'mergeUndone' : item.newValue ? 'mergedInto' : 'unmerged';
  return <Trans t={t} i18nKey={`activity.${key}`} components={{ who }} />;
}

function ItemText({ item }: { item: Item }) {
  const { t } = useTranslation('crm');
  switch (item.kind) {
    case 'NOTE':
      return (
        <>
          {t('activity.note')} <span className="crm-note-text">{item.text}</span>
        </>
      );
    case 'MERGE':
      return <MergeText item={item} />;
    case 'FILE':
      return (
        <>
          {item.field === 'fileAdded'
            ? t('activity.fileAdded', { name: item.newValue ?? '' })
            : t('activity.fileDeleted', { name: item.oldValue ?? '' })}
        </>
      );
    default: {
      const field = item.field ?? '';
      const label = userFieldLabel(field);
      const value = (v: string | null | undefined) => changeValueText(field, v);
      // A merged user's history moves with it: its "created" names it.
      if (field === 'created') return <>{item.newValue ? t('activity.createdAs', { name: item.newValue }) : t('activity.created')}</>;
      if (item.oldValue && item.newValue)
        return <>{t('activity.changed', { label, from: value(item.oldValue), to: value(item.newValue) })}</>;
      if (item.newValue) return <>{t('activity.set', { label, value: value(item.newValue) })}</>;
      return <>{t('activity.removed', { label, value: value(item.oldValue) })}</>;
    }
  }
}

const KINDS = ['CHANGE', 'NOTE', 'MERGE', 'FILE'] as const;
const isKind = (kind: string): kind is (typeof KINDS)[number] => (KINDS as readonly string[]).includes(kind);

/** The user's changes, notes, files and merges in one stream, newest first, older on demand. */
export function UserActivity({ userId }: { userId: string }) {
  const { t } = useTranslation('crm');
  const { data, error, loading, fetchMore } = useQuery(CRM_USER_ACTIVITY_QUERY, {
    variables: { userId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  if (!data) {
    if (error) return <p className="alert alert-error">{toDisplayError(error).message}</p>;
    return <p role="status">{t('activity.loading')}</p>;
  }
  const { edges, pageInfo } = data.userActivity;
  if (edges.length === 0) return <p className="empty-state">{t('activity.empty')}</p>;

  function loadMore() {
    void fetchMore({
      variables: { after: pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        userActivity: { ...fetchMoreResult.userActivity, edges: [...previous.userActivity.edges, ...fetchMoreResult.userActivity.edges] },
      }),
    });
  }

  return (
    <div className="crm-activity">
      <ol className="crm-activity-list" aria-label={t('activity.label')}>
        {edges.map(({ node }) => (
          <li key={node.id} data-kind={node.kind}>
            <span className="badge crm-activity-kind">{isKind(node.kind) ? t(`activity.kinds.${node.kind}`) : node.kind}</span>
            <span className="crm-activity-text">
              <ItemText item={node} />
              <MovedFromNote movedFrom={node.movedFrom} />
            </span>
            <span className="crm-note-meta">
              {node.actorName} · <time dateTime={node.createdAt}>{formatDateTime(node.createdAt)}</time>
            </span>
          </li>
        ))}
      </ol>
      {pageInfo.hasNextPage && (
        <button type="button" className="button button-secondary" disabled={loading} onClick={loadMore}>
          {loading ? t('loading') : t('loadMore')}
        </button>
      )}
    </div>
  );
}
