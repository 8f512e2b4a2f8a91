import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { AlertDialog } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { toDisplayError, type DisplayError } from '../lib/errors';

interface ConfirmDialogProps {
  /** The button that opens the dialog; none when the caller opens it (`open`, `onOpenChange`). */
  trigger?: ReactNode;
  /** Controlled: open when true (a switch that asks before turning on has no trigger button). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
  title: string;
  /** What will happen, in plain words (seat, history, sign-in). */
  children: ReactNode;
  confirmLabel: string;
  /** Red confirm button for actions that cannot be undone. */
  danger?: boolean;
  /** Runs the action; a thrown error is shown in the dialog, which then stays open. */
  onConfirm: () => Promise<unknown>;
  /** What the admin can do about an error, shown under the server's message. */
  errorHint?: (error: DisplayError) => string | undefined;
  /** false: after a confirmed action focus stays where the page puts it (a message), not on the trigger. */
  returnFocusAfterConfirm?: boolean;
  /** null: no Cancel, the dialog only tells something to acknowledge (a password shown once). */
  cancelLabel?: string | null;
  /** Without a trigger: where focus goes when the dialog closes (else what had it when it opened). */
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/** An accessible confirmation (Radix AlertDialog) that keeps the server's error in view. */
export function ConfirmDialog({
  trigger,
  title,
  children,
  confirmLabel,
  danger,
  onConfirm,
  errorHint,
  returnFocusAfterConfirm = true,
  cancelLabel,
  returnFocusTo,
  open: controlledOpen,
  onOpenChange,
}: ConfirmDialogProps) {
  const { t } = useTranslation('common');
  const [uncontrolledOpen, setUncontrolledOpen] = useState(false);
  const open = controlledOpen ?? uncontrolledOpen;
  const setOpen = (next: boolean) => {
    setUncontrolledOpen(next);
    onOpenChange?.(next);
  };
  const confirmed = useRef(false);
  // Without a trigger, focus goes back to what had it when the dialog opened (the switch that asked).
  const returnTo = useRef<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<DisplayError | null>(null);
  const hint = error && errorHint?.(error);

  function handleOpenChange(next: boolean) {
    if (busy) return;
    setOpen(next);
    if (!next) setError(null);
  }

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      confirmed.current = true;
      setOpen(false);
    } catch (caught) {
      setError(toDisplayError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={handleOpenChange}>
      {trigger && <AlertDialog.Trigger asChild>{trigger}</AlertDialog.Trigger>}
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content
          className="dialog"
          onOpenAutoFocus={() => {
            returnTo.current = trigger ? null : (returnFocusTo?.current ?? (document.activeElement as HTMLElement | null));
          }}
          onCloseAutoFocus={(event) => {
            if (confirmed.current && !returnFocusAfterConfirm) event.preventDefault();
            else if (returnTo.current) {
              event.preventDefault();
              returnTo.current.focus();
            }
            confirmed.current = false;
            returnTo.current = null;
          }}
        >
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="dialog-body">{children}</div>
          </AlertDialog.Description>
          {error && (
            <div role="alert" className="alert alert-error">
              <p>{error.message}</p>
              {hint && <p className="alert-hint">{hint}</p>}
            </div>
          )}
          <div className="dialog-actions">
            {cancelLabel !== null && (
              <AlertDialog.Cancel asChild>
                <button type="button" className="button button-secondary" disabled={busy}>
                  {cancelLabel ?? t('cancel')}
                </button>
              </AlertDialog.Cancel>
            )}
            {/* Not AlertDialog.Action: that closes at once, before the server has answered. */}
            <button
              type="button"
              className={`button ${danger ? 'button-danger' : 'button-primary'}`}
              disabled={busy}
              onClick={() => void confirm()}
            >
              {busy ? t('working') : confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
