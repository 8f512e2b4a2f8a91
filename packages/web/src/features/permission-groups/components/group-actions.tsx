import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../permission-labels';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormDialog } from '../../../components/form-dialog';
import { NameForm } from '../../../components/name-form';
import { DELETE_PERMISSION_GROUP_MUTATION, UPDATE_PERMISSION_GROUP_MUTATION } from '../permission-groups.graphql';
import { GroupDeleteConsequence } from './group-member-count';
import { NewGroupForm } from './new-group-form';
import type { MatrixGroup } from './permission-matrix';

interface GroupActionsProps {
  group: MatrixGroup;
  groups: readonly MatrixGroup[];
  /** A sentence for the page's status line. */
  onDone: (message: string) => void;
}

/** Rename, copy and delete one group (built-in groups can only be copied). */
export function GroupActions({ group, groups, onDone }: GroupActionsProps) {
  const { t } = useTranslation('permissionGroups');
  const name = usePermissionLabels().groupName(group);
  const [rename] = useMutation(UPDATE_PERMISSION_GROUP_MUTATION);
  const [remove] = useMutation(DELETE_PERMISSION_GROUP_MUTATION, { refetchQueries: ['PermissionGroupsPage'], awaitRefetchQueries: true });
  return (
    <>
      {!group.builtIn && (
        <FormDialog
          title={t('actions.renameTitle', { name })}
          trigger={
            <button type="button" className="button button-secondary button-small" aria-label={t('actions.renameLabel', { name })}>
              {t('actions.rename')}
            </button>
          }
        >
          {(close) => (
            <NameForm
              label={t('form.name')}
              submitLabel={t('actions.rename')}
              defaultName={group.name}
              serverPrefix="input."
              autoFocus
              onSave={async (newName) => {
                await rename({ variables: { id: group.id, input: { name: newName } } });
                close();
                onDone(t('actions.renamed', { name: newName }));
              }}
            />
          )}
        </FormDialog>
      )}
      <FormDialog
        title={t('actions.copyTitle', { name })}
        description={t('actions.copyDescription')}
        trigger={
          <button type="button" className="button button-secondary button-small" aria-label={t('actions.copyLabel', { name })}>
            {t('actions.copy')}
          </button>
        }
      >
        {(close) => (
          <NewGroupForm
            groups={groups}
            source={group}
            onCreated={(created) => {
              close();
              onDone(t('actions.copied', { name: created.name, source: name }));
            }}
          />
        )}
      </FormDialog>
      {!group.builtIn && (
        <ConfirmDialog
          trigger={
            <button
              type="button"
              className="button button-secondary button-danger button-small"
              aria-label={t('actions.deleteLabel', { name })}
            >
              {t('actions.delete')}
            </button>
          }
          title={t('actions.deleteTitle', { name })}
          confirmLabel={t('actions.deleteConfirm')}
          danger
          onConfirm={async () => {
            await remove({ variables: { id: group.id } });
            onDone(t('actions.deleted', { name }));
          }}
        >
          <GroupDeleteConsequence groupId={group.id} />
        </ConfirmDialog>
      )}
    </>
  );
}
