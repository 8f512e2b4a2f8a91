import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePermissionLabels } from '../permission-labels';
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

interface NewGroupFormProps {
  groups: readonly MatrixGroup[];
  /** Copy: the group to start from, and its name. */
  source?: MatrixGroup;
  onCreated: (group: MatrixGroup) => void;
}

/** Name a new group and, optionally, the group whose permissions and departments it starts with. */
export function NewGroupForm({ groups, source, onCreated }: NewGroupFormProps) {
  const { t } = useTranslation('permissionGroups');
  const { groupName } = usePermissionLabels();
  const labels = { 'input.name': t('form.name'), 'input.copyFromGroupId': t('form.startFrom') };
  const [create] = useMutation(CREATE_PERMISSION_GROUP_MUTATION, { refetchQueries: ['PermissionGroupsPage'], awaitRefetchQueries: true });
  const [error, setError] = useState<DisplayError | null>(null);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm({ defaultValues: { name: source ? t('form.copyOf', { name: groupName(source) }) : '', copyFromGroupId: source?.id ?? '' } });

  // Registered outside the JSX: the literal-text lint reads field names in a spread as text.
  const nameField = register('name', { validate: (v) => (v.trim() ? true : t('form.required')) });
  const copyFromField = register('copyFromGroupId');

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
      <FormAlert error={error} labels={labels} />
      <InputField label={t('form.name')} autoComplete="off" autoFocus error={errors.name?.message} {...nameField} />
      <FormField label={t('form.startFrom')} hint={t('form.startFromHint')} error={errors.copyFromGroupId?.message}>
        {(control) => (
          <select {...control} {...copyFromField}>
            <option value="">{t('form.noPermissions')}</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {groupName(g)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <DialogActions>
        <button type="submit" className="button button-primary" disabled={isSubmitting}>
          {isSubmitting ? t('form.creating') : t('form.create')}
        </button>
      </DialogActions>
    </form>
  );
}
