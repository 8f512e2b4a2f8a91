import { useMutation } from '@apollo/client/react';
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
  const [rename] = useMutation(UPDATE_PERMISSION_GROUP_MUTATION);
  const [remove] = useMutation(DELETE_PERMISSION_GROUP_MUTATION, { refetchQueries: ['PermissionGroupsPage'], awaitRefetchQueries: true });
  return (
    <>
      {!group.builtIn && (
        <FormDialog
          title={`Rename group ${group.name}`}
          trigger={
            <button type="button" className="button button-secondary button-small" aria-label={`Rename ${group.name}`}>
              Rename
            </button>
          }
        >
          {(close) => (
            <NameForm
              label="Group name"
              submitLabel="Rename"
              defaultName={group.name}
              serverPrefix="input."
              autoFocus
              onSave={async (name) => {
                await rename({ variables: { id: group.id, input: { name } } });
                close();
                onDone(`Renamed the group to ${name}.`);
              }}
            />
          )}
        </FormDialog>
      )}
      <FormDialog
        title={`Copy group ${group.name}`}
        description="The copy starts with this group's permissions and department access."
        trigger={
          <button type="button" className="button button-secondary button-small" aria-label={`Copy ${group.name}`}>
            Copy
          </button>
        }
      >
        {(close) => (
          <NewGroupForm
            groups={groups}
            source={group}
            onCreated={(created) => {
              close();
              onDone(`Created ${created.name} as a copy of ${group.name}.`);
            }}
          />
        )}
      </FormDialog>
      {!group.builtIn && (
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-danger button-small" aria-label={`Delete ${group.name}`}>
              Delete
            </button>
          }
          title={`Delete group ${group.name}?`}
          confirmLabel="Delete group"
          danger
          onConfirm={async () => {
            await remove({ variables: { id: group.id } });
            onDone(`Deleted ${group.name}.`);
          }}
        >
          <GroupDeleteConsequence groupId={group.id} />
        </ConfirmDialog>
      )}
    </>
  );
}
