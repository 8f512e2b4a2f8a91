import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/toast.css';

// The app's one toast system: mounted once around the router (main.tsx), used through useToast().
// Success toasts go to a polite live region and leave by themselves; errors go to an assertive one
// and stay until closed. Both regions are in the page from the start (a live region added together
// with its text is not announced), carry no role (so a page's own role="alert" stays the only one),
// and float over the page (fixed), so a toast never moves the layout.

export type ToastVariant = 'success' | 'error';

interface Toast {
  id: number;
  variant: ToastVariant;
  message: string;
}

export interface ToastApi {
  success: (message: string) => void;
  error: (message: string) => void;
}

/** How long a success toast stays (paused while the pointer or focus is on it). */
export const SUCCESS_TOAST_MS = 5000;

const ToastContext = createContext<ToastApi | null>(null);
/** Keys of the shown toasts (unique in the page, whichever provider shows them). */
let nextToastId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(() => {
    const show = (variant: ToastVariant) => (message: string) => {
      const id = nextToastId++;
      // The same message again replaces the earlier one instead of stacking copies.
      setToasts((all) => [...all.filter((t) => t.message !== message || t.variant !== variant), { id, variant, message }]);
    };
    return { success: show('success'), error: show('error') };
  }, []);

  const list = (variant: ToastVariant) => (
    <div className="toast-list" aria-live={variant === 'error' ? 'assertive' : 'polite'} data-variant={variant}>
      {toasts
        .filter((t) => t.variant === variant)
        .map((t) => (
          <ToastItem key={t.id} toast={t} onDismiss={dismiss} />
        ))}
    </div>
  );

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toast-stack">
        {list('error')}
        {list('success')}
      </div>
    </ToastContext.Provider>
  );
}

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  const { t } = useTranslation('common');
  const [paused, setPaused] = useState(false);
  const { id, variant } = toast;
  useEffect(() => {
    if (variant !== 'success' || paused) return;
    const timer = setTimeout(() => onDismiss(id), SUCCESS_TOAST_MS);
    return () => clearTimeout(timer);
  }, [id, variant, paused, onDismiss]);
  return (
    <div
      className={`toast toast-${variant}`}
      data-testid="toast"
      onMouseEnter={() => setPaused(true)}
      onMouseLeave={() => setPaused(false)}
      onFocus={() => setPaused(true)}
      onBlur={() => setPaused(false)}
    >
      <p className="toast-message">{toast.message}</p>
      <button type="button" className="toast-close" aria-label={t('toast.dismiss')} onClick={() => onDismiss(id)}>
        <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
          <path d="M3.5 3.5l9 9m0-9l-9 9" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}

/** Shows a toast: `success` (polite, leaves after a few seconds) or `error` (assertive, stays until closed). */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast needs a <ToastProvider> around the app (main.tsx)');
  return api;
}
