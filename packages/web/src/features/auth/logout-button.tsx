import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { LOGOUT_MUTATION } from './auth.graphql';

export function LogoutButton() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LOGOUT_MUTATION);
  const [busy, setBusy] = useState(false);

  async function handleClick() {
    setBusy(true);
    try {
      await logout();
    } catch {
      // An expired session is already logged out; leave the page either way.
    }
    // Leave the guarded routes first so that no active query refetches into an error,
    // then drop everything the previous agent could see.
    navigate('/sign-in', { replace: true });
    await client.clearStore();
  }

  const { t } = useTranslation('auth');
  return (
    <button type="button" className="button button-secondary" onClick={handleClick} disabled={busy}>
      {busy ? t('logout.busy') : t('logout.label')}
    </button>
  );
}
