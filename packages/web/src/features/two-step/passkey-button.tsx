import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../lib/errors';

/**
 * A button that runs a passkey ceremony (the browser's own dialog, then the server): busy while it
 * waits, and a clear message when the browser used no passkey (cancelled, timed out) or the server refused it.
 */
export function PasskeyButton({
  label,
  variant = 'primary',
  run,
}: {
  label: string;
  variant?: 'primary' | 'secondary';
  run: () => Promise<void>;
}) {
  const { t } = useTranslation('twoStep');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onClick() {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (caught) {
      setError(caught instanceof Error && caught.name === 'NotAllowedError' ? t('passkeys.notUsed') : toDisplayError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <button type="button" className={`button button-${variant} button-block`} disabled={busy} onClick={() => void onClick()}>
        {busy ? t('passkeys.waitingPasskey') : label}
      </button>
    </>
  );
}
