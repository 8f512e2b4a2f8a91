import { useMutation, useQuery } from '@apollo/client/react';
import { useToast } from '../../../components/toast';
import { toDisplayError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { CRM_UNDO_USER_MERGE, CRM_USER_MERGES_QUERY } from '../crm-merge.graphql';

/** "X was merged into this user · Undo" for each merge that can still be undone. */
export function MergeBanner({ userId, canUndo }: { userId: string; canUndo: boolean }) {
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
      toast.success(`Merge undone: ${sourceName} is a separate user again.`);
    } catch (caught) {
      toast.error(`Could not undo the merge of ${sourceName}: ${toDisplayError(caught).message}`);
    }
  }

  return (
    <div className="alert alert-info crm-merge-banner" role="region" aria-label="Recent merges">
      <ul>
        {open.map((m) => (
          <li key={m.id}>
            <span>
              <strong>{m.sourceName}</strong> was merged into this user by {m.actorName} ({formatDateTime(m.createdAt)}).
              {canUndo && ` Undo possible until ${formatDateTime(m.undoUntil)}.`}
            </span>
            {canUndo && (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={undoing.loading}
                onClick={() => void run(m.id, m.sourceName)}
              >
                {'Undo '}
                <span className="visually-hidden">the merge of {m.sourceName}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
