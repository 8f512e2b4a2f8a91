import { useEffect } from 'react';

/** Keeps the tab title in step with the page, which screen readers announce on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Roster` : 'Roster';
  }, [title]);
}
