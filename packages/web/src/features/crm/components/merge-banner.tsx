import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { useToast } from '../../../components/toast';
import { toDisplayError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { CRM_UNDO_USER_MERGE, CRM_USER_MERGES_QUERY } from '../crm-merge.graphql';

/** "X was merged into this user · Undo" for each merge that can still be undone. */
export function MergeBanner({ userId, canUndo }: { userId: string; canUndo: boolean }) {
  const { t } = useTranslation('crm');
  const { data } = useQuery(CRM_USER_MERGES_QUERY, { variables: { id: userId } });
  const toast = useToast();
  const [undo, undoing] = useMutation(CRM_UNDO_USER_MERGE, {
    refetchQueries: ['CrmUser', 'CrmUserMerges', 'CrmUserActivity', 'CrmUserDuplicates', 'CrmUserFiles', 'CrmUserChangeLog'],
    // The source user is back in the list.
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });
  const open = (data?.user?.merges ?? []).filter((m) => m.undoable);
  if (open.length === 0) return null;

  async function run(mergeId: string, sourceName: string) {
    try {
      await undo({ variables: { mergeId } });
      toast.success(t('mergeBanner.undone', { name: sourceName }));
    } catch (caught) {
      toast.error(t('mergeBanner.undoFailed', { name: sourceName, message: toDisplayError(caught).message }));
    }
  }

  return (
    <div className="alert alert-info crm-merge-banner" role="region" aria-label={t('mergeBanner.label')}>
      <ul>
        {open.map((m) => (
          <li key={m.id}>
            <span>
              <Trans
                t={t}
                i18nKey="mergeBanner.merged"
                values={{ name: m.sourceName, actor: m.actorName, when: formatDateTime(m.createdAt) }}
                components={{ strong: <strong /> }}
              />
              {canUndo && ` ${t('mergeBanner.until', { when: formatDateTime(m.undoUntil) })}`}
            </span>
            {canUndo && (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={undoing.loading}
                onClick={() => void run(m.id, m.sourceName)}
              >
                {t('mergeBanner.undo')} <span className="visually-hidden">{t('mergeBanner.undoWhat', { name: m.sourceName })}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
