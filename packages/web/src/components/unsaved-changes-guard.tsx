import { useCallback, useEffect, useRef, type ReactElement } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { AlertDialog } from 'radix-ui';
import { useBlocker, type BlockerFunction } from 'react-router';

export interface UnsavedChangesGuard {
  /** The confirmation: render it anywhere in the page. */
  dialog: ReactElement;
  /** For a navigation that ends the edits anyway (the record was deleted): no question asked. */
  leaveWithoutAsking: () => void;
}

/**
 * While `dirty`, leaving the page asks first: a link or Back inside the app opens an accessible
 * confirmation (react-router's useBlocker, which needs the data router of createBrowserRouter),
 * and closing or reloading the browser tab gets the browser's own question (beforeunload).
 * Moving within the page (its query string: a tab) is not leaving. Going to the sign-in page
 * is not asked about: the session is over (signed out, or expired), so nothing could be saved.
 * `what` says what would be lost: "3 unsaved changes".
 */
export function useUnsavedChangesGuard(dirty: boolean, what: string): UnsavedChangesGuard {
  const { t } = useTranslation('common');
  const bypass = useRef(false);
  const shouldBlock = useCallback<BlockerFunction>(
    ({ currentLocation, nextLocation }) =>
      dirty && !bypass.current && currentLocation.pathname !== nextLocation.pathname && nextLocation.pathname !== '/sign-in',
    [dirty],
  );
  const blocker = useBlocker(shouldBlock);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (bypass.current) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = true;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  const open = blocker.state === 'blocked';
  function leave() {
    // Until this page has unmounted, the blocker is still registered: a quick Back from the next
    // page would otherwise be blocked with no dialog left to show it.
    bypass.current = true;
    blocker.proceed?.();
  }

  const dialog = (
    <AlertDialog.Root open={open} onOpenChange={(next) => !next && blocker.reset?.()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <AlertDialog.Title className="dialog-title">{t('unsaved.title')}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog-body">
              <p>
                <Trans i18nKey="unsaved.body" t={t} values={{ what }} components={{ strong: <strong /> }} />
              </p>
            </div>
          </AlertDialog.Description>
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button button-secondary">
                {t('unsaved.stay')}
              </button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: closing would also count as "stay". The dialog closes as the navigation goes on. */}
            <button type="button" className="button button-danger" onClick={leave}>
              {t('unsaved.leave')}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );

  return {
    dialog,
    leaveWithoutAsking: () => {
      bypass.current = true;
    },
  };
}
