import { createContext, useContext, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from 'radix-ui';
import { X } from 'lucide-react';

interface FormDialogProps {
  trigger: ReactNode;
  title: string;
  description?: string;
  /** The form; call `close` once it has saved. Its buttons go in a `DialogActions`. */
  children: (close: () => void) => ReactNode;
}

/** Inside a FormDialog: closes it. */
const CloseDialog = createContext<(() => void) | null>(null);

/** A modal dialog (Radix) holding a form: focus is trapped, Escape or the × closes. */
export function FormDialog({ trigger, title, description, children }: FormDialogProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>{trigger}</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close asChild>
              <button type="button" className="button button-icon" aria-label={t('close')}>
                <X aria-hidden="true" />
              </button>
            </Dialog.Close>
          </div>
          {description ? (
            <Dialog.Description className="dialog-description">{description}</Dialog.Description>
          ) : (
            <Dialog.Description className="visually-hidden">{title}</Dialog.Description>
          )}
          <CloseDialog.Provider value={close}>{open && children(close)}</CloseDialog.Provider>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** A form's buttons: in a dialog, Cancel then the primary action, right-aligned; elsewhere, the buttons alone. */
export function DialogActions({ children }: { children: ReactNode }) {
  const close = useContext(CloseDialog);
  const { t } = useTranslation('common');
  if (!close) return <div className="form-actions">{children}</div>;
  return (
    <div className="dialog-actions">
      <button type="button" className="button button-secondary" onClick={close}>
        {t('cancel')}
      </button>
      {children}
    </div>
  );
}

/** Whether the form sits in a FormDialog (its one-line layout changes to a dialog footer). */
export const useInDialog = () => useContext(CloseDialog) !== null;
