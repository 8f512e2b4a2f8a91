import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Dialog } from 'radix-ui';
import { toDisplayError } from '../../../lib/errors';
import { plural } from '../../../lib/format';
import { CRM_MERGE_SOURCE_QUERY, CRM_MERGE_USERS } from '../crm-merge.graphql';
import type { MergeCandidate } from '../merge-words';
import { MergePicker } from './merge-picker';

interface Props {
  /** This record: it is kept, the other user is merged into it. */
  target: MergeCandidate;
  open: boolean;
  /** Chosen beforehand (a duplicate, an address conflict); null starts at the picker. */
  source: MergeCandidate | null;
  onOpenChange: (open: boolean) => void;
  /** Where focus goes once the dialog has closed. */
  onCloseAutoFocus?: () => void;
}

// What shows the merged state: the record's sections and the list (the source leaves it).
const REFETCH = ['CrmUser', 'CrmUserMerges', 'CrmUserActivity', 'CrmUserDuplicates', 'CrmUserFiles', 'CrmUserChangeLog'];

/** Merge another user into this record: pick (or confirm) the other user, see what moves, confirm. */
export function MergeDialog({ target, open, source, onOpenChange, onCloseAutoFocus }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog dialog-wide"
          onCloseAutoFocus={(event) => {
            if (!onCloseAutoFocus) return;
            event.preventDefault();
            onCloseAutoFocus();
          }}
        >
          <Dialog.Title className="dialog-title">Merge into {target.name}</Dialog.Title>
          <Dialog.Description className="dialog-description">
            {target.name} is kept. The user you choose is merged into it and disappears from the list; the merge can be undone for 7 days.
          </Dialog.Description>
          {open && <MergeSteps key={source?.id ?? ''} target={target} initial={source} onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function MergeSteps({ target, initial, onDone }: { target: MergeCandidate; initial: MergeCandidate | null; onDone: () => void }) {
  const [chosen, setChosen] = useState<MergeCandidate | null>(initial);
  const [error, setError] = useState<string | null>(null);
  const [merge, merging] = useMutation(CRM_MERGE_USERS, {
    refetchQueries: REFETCH,
    update: (cache) => {
      cache.evict({ fieldName: 'users' });
      if (chosen) cache.evict({ id: cache.identify({ __typename: 'User', id: chosen.id }) });
      cache.gc();
    },
  });

  async function confirm() {
    if (!chosen) return;
    setError(null);
    try {
      await merge({ variables: { targetUserId: target.id, sourceUserId: chosen.id } });
      onDone();
    } catch (caught) {
      setError(toDisplayError(caught).message);
    }
  }

  return (
    <>
      {chosen ? <MergeSummary target={target} source={chosen} /> : <MergePicker targetId={target.id} onChoose={setChosen} />}
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        {chosen && (
          <button type="button" className="button button-secondary" disabled={merging.loading} onClick={() => setChosen(null)}>
            Choose another user
          </button>
        )}
        <Dialog.Close asChild>
          <button type="button" className="button button-secondary" disabled={merging.loading}>
            Cancel
          </button>
        </Dialog.Close>
        {chosen && (
          <button type="button" className="button button-primary" disabled={merging.loading} onClick={() => void confirm()}>
            {merging.loading ? 'Merging…' : `Merge ${chosen.name} into ${target.name}`}
          </button>
        )}
      </div>
    </>
  );
}

/** Which user is kept and what moves into it. */
function MergeSummary({ target, source }: { target: MergeCandidate; source: MergeCandidate }) {
  const { data, error } = useQuery(CRM_MERGE_SOURCE_QUERY, { variables: { id: source.id } });
  const user = data?.user;
  return (
    <div className="crm-merge-summary">
      <dl className="crm-popup-facts">
        <dt>Kept</dt>
        <dd>{target.name} (this record)</dd>
        <dt>Merged into it</dt>
        <dd>
          {source.name}
          {user && ` (${user.primaryEmail})`}
        </dd>
      </dl>
      {error && <p className="alert alert-error">{toDisplayError(error).message}</p>}
      {data && !user && <p className="alert alert-error">{source.name} no longer exists (or was merged already).</p>}
      {user ? (
        <>
          <p>What moves to {target.name}:</p>
          <ul className="crm-merge-moves">
            <li>
              {plural(user.emails.length, 'email address', 'email addresses')}: {user.emails.map((e) => e.address).join(', ')}
            </li>
            <li>{plural(user.notes.length, 'note')}</li>
            <li>{plural(user.files.length, 'file')}</li>
            <li>
              {user.usergroups.length === 0
                ? 'No usergroups'
                : `${plural(user.usergroups.length, 'usergroup')}: ${user.usergroups.map((g) => g.name).join(', ')}`}
            </li>
            <li>Its change history; empty fields of {target.name} take its values</li>
          </ul>
        </>
      ) : (
        !data && !error && <p role="status">Loading what moves…</p>
      )}
    </div>
  );
}
