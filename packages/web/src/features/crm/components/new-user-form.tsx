import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { TextField } from '../../../components/text-field';
import { toDisplayError } from '../../../lib/errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CRM_CREATE_USER } from '../crm.graphql';
import { ScopedOrganizationField } from './user-scope';

/** /crm/users/new: name and email; opens the new record once created. */
export function NewUserForm() {
  useDocumentTitle('New user · Users');
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [errors, setErrors] = useState<{ name?: string; email?: string; organization?: string; form?: string }>({});
  const [createUser, { loading }] = useMutation(CRM_CREATE_USER, {
    update: (cache) => cache.evict({ fieldName: 'users' }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const missing = { name: name.trim() ? undefined : 'is required', email: email.trim() ? undefined : 'is required' };
    if (missing.name || missing.email) {
      setErrors(missing);
      return;
    }
    setErrors({});
    try {
      const result = await createUser({
        variables: { input: { name: name.trim(), emails: [email.trim()], organizationId: organizationId || undefined } },
      });
      if (result.data) void navigate(`/crm/users/${result.data.createUser.id}`);
    } catch (e) {
      const shown = toDisplayError(e);
      const nameError = shown.fields['input.name'];
      const emailError = shown.fields['input.emails.0'] ?? shown.fields['input.emails'];
      const organization = shown.fields['input.organizationId'];
      setErrors({
        name: nameError,
        email: emailError,
        organization,
        form: nameError || emailError || organization ? undefined : shown.message,
      });
    }
  }

  return (
    <form className="crm-record" aria-labelledby="crm-new-user" onSubmit={(event) => void submit(event)} noValidate>
      <h2 id="crm-new-user">New user</h2>
      {errors.form && (
        <p role="alert" className="alert alert-error">
          {errors.form}
        </p>
      )}
      <TextField label="Name" value={name} onChange={setName} error={errors.name} autoComplete="off" />
      <TextField label="Email" type="email" value={email} onChange={setEmail} error={errors.email} autoComplete="off" />
      <ScopedOrganizationField value={organizationId} onChange={setOrganizationId} error={errors.organization} />
      <button type="submit" className="button button-primary" disabled={loading}>
        {loading ? 'Creating…' : 'Create user'}
      </button>
    </form>
  );
}
