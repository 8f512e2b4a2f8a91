import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * For a dialog opened without its own Radix Trigger (from a menu item, a toolbar): Radix returns
 * focus to the dialog's trigger on close, so without one focus falls to the page's body. Pass
 * the result as the dialog's `onCloseAutoFocus`: focus goes back to what had it when it opened,
 * unless the page has put it somewhere since.
 */
export function useFocusReturn(open: boolean): (event: Event) => void {
  const opener = useRef<HTMLElement | null>(null);
  // A layout effect runs before the dialog's content moves focus in (Radix does it in an effect).
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement) opener.current = document.activeElement;
  }, [open]);
  return useCallback((event: Event) => {
    const target = opener.current;
    opener.current = null;
    if (!target?.isConnected) return;
    event.preventDefault();
    // The page may already have moved focus on purpose (to a message about what was done).
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    target.focus();
  }, []);
}
