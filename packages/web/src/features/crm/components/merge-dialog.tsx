import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Dialog } from 'radix-ui';
import { toDisplayError } from '../../../lib/errors';
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
  const { t } = useTranslation('crm');
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
          <Dialog.Title className="dialog-title">{t('merge.title', { name: target.name })}</Dialog.Title>
          <Dialog.Description className="dialog-description">{t('merge.description', { name: target.name })}</Dialog.Description>
          {open && <MergeSteps key={source?.id ?? ''} target={target} initial={source} onDone={() => onOpenChange(false)} />}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function MergeSteps({ target, initial, onDone }: { target: MergeCandidate; initial: MergeCandidate | null; onDone: () => void }) {
  const { t } = useTranslation('crm');
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
            {t('merge.chooseAnother')}
          </button>
        )}
        <Dialog.Close asChild>
          <button type="button" className="button button-secondary" disabled={merging.loading}>
            {t('cancel')}
          </button>
        </Dialog.Close>
        {chosen && (
          <button type="button" className="button button-primary" disabled={merging.loading} onClick={() => void confirm()}>
            {merging.loading ? t('merge.merging') : t('merge.confirm', { source: chosen.name, target: target.name })}
          </button>
        )}
      </div>
    </>
  );
}

/** Which user is kept and what moves into it. */
function MergeSummary({ target, source }: { target: MergeCandidate; source: MergeCandidate }) {
  const { t } = useTranslation('crm');
  const { data, error } = useQuery(CRM_MERGE_SOURCE_QUERY, { variables: { id: source.id } });
  const user = data?.user;
  return (
    <div className="crm-merge-summary">
      <dl className="crm-popup-facts">
        <dt>{t('merge.kept')}</dt>
        <dd>{t('merge.thisRecord', { name: target.name })}</dd>
        <dt>{t('merge.mergedIntoIt')}</dt>
        <dd>
          {source.name}
          {user && ` (${user.primaryEmail})`}
        </dd>
      </dl>
      {error && <p className="alert alert-error">{toDisplayError(error).message}</p>}
      {data && !user && <p className="alert alert-error">{t('merge.gone', { name: source.name })}</p>}
      {user ? (
        <>
          <p>{t('merge.whatMoves', { name: target.name })}</p>
          <ul className="crm-merge-moves">
            <li>{t('merge.emails', { count: user.emails.length, list: user.emails.map((e) => e.address).join(', ') })}</li>
            <li>{t('merge.notes', { count: user.notes.length })}</li>
            <li>{t('merge.files', { count: user.files.length })}</li>
            <li>
              {user.usergroups.length === 0
                ? t('merge.noUsergroups')
                : t('merge.usergroups', { count: user.usergroups.length, list: user.usergroups.map((g) => g.name).join(', ') })}
            </li>
            <li>{t('merge.history', { name: target.name })}</li>
          </ul>
        </>
      ) : (
        !data && !error && <p role="status">{t('merge.loading')}</p>
      )}
    </div>
  );
}
