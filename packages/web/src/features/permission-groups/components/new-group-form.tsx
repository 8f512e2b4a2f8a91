import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { InputField } from '../../../components/input-field';
import { FormField } from '../../../components/form-field';
import { FormAlert } from '../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { applyServerFieldErrors } from '../../../lib/form-errors';
import { CREATE_PERMISSION_GROUP_MUTATION } from '../permission-groups.graphql';
import type { MatrixGroup } from './permission-matrix';
import { DialogActions } from '../../../components/form-dialog';

const LABELS = { 'input.name': 'Group name', 'input.copyFromGroupId': 'Start from' };

interface NewGroupFormProps {
  groups: readonly MatrixGroup[];
  /** Copy: the group to start from, and its name. */
  source?: MatrixGroup;
  onCreated: (group: MatrixGroup) => void;
}

/** Name a new group and, optionally, the group whose permissions and departments it starts with. */
export function NewGroupForm({ groups, source, onCreated }: NewGroupFormProps) {
  const [create] = useMutation(CREATE_PERMISSION_GROUP_MUTATION, { refetchQueries: ['PermissionGroupsPage'], awaitRefetchQueries: true });
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: { name: source ? `Copy of ${source.name}` : '', copyFromGroupId: source?.id ?? '' } });

  const onSubmit = handleSubmit(async ({ name, copyFromGroupId }) => {
    setError(null);
    try {
      const input = copyFromGroupId ? { name: name.trim(), copyFromGroupId } : { name: name.trim(), permissions: [] };
      const { data } = await create({ variables: { input } });
      if (data) onCreated(data.createPermissionGroup);
    } catch (caught) {
      const shown = toDisplayError(caught);
      applyServerFieldErrors(shown, ['name', 'copyFromGroupId'], setFieldError);
      setError(shown);
    }
  });

  return (
    <form onSubmit={onSubmit} className="form" noValidate>
      <FormAlert error={error} labels={LABELS} />
      <InputField
        label="Group name"
        autoComplete="off"
        autoFocus
        error={errors.name?.message}
        {...register('name', { validate: (v) => (v.trim() ? true : 'is required') })}
      />
      <FormField
        label="Start from"
        hint="The new group gets this group's permissions and department access; change them afterwards in the matrix."
        error={errors.copyFromGroupId?.message}
      >
        {(control) => (
          <select {...control} {...register('copyFromGroupId')}>
            <option value="">No permissions</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <DialogActions>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? 'Creating…' : 'Create group'}
        </button>
      </DialogActions>
    </form>
  );
}
