import { useMutation } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useViewer } from '../../auth/viewer-context';
import { CRM_DELETE_USER } from '../crm-manage.graphql';
import { canPeople } from '../permissions';

interface Props {
  user: { id: string; name: string };
}

/** What can be done to the whole record (Delete; room for Merge), each behind its permission. */
export function RecordActions({ user }: Props) {
  const { t } = useTranslation('crm');
  const viewer = useViewer();
  const navigate = useNavigate();
  const [deleteUser] = useMutation(CRM_DELETE_USER, {
    update: (cache) => {
      // The list and its counts are read again; the record's cache entry goes.
      cache.evict({ fieldName: 'users' });
      cache.evict({ id: cache.identify({ __typename: 'User', id: user.id }) });
      cache.gc();
    },
  });
  const canDelete = canPeople(viewer, 'delete');
  // Another action (Merge) adds its permission here.
  if (!canDelete) return null;
  return (
    <div className="crm-record-actions" role="group" aria-label={t('actions.label')}>
      {canDelete && (
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-danger button-small">
              {t('actions.delete')}
            </button>
          }
          title={t('actions.deleteTitle', { name: user.name })}
          confirmLabel={t('actions.delete')}
          danger
          onConfirm={async () => {
            await deleteUser({ variables: { id: user.id } });
            await navigate('/crm');
          }}
        >
          <p>
            <Trans t={t} i18nKey="actions.deleteText" values={{ name: user.name }} components={{ strong: <strong /> }} />
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
