import { useEffect, useState } from 'react';
import { i18n, NAMESPACES, setLanguage, uiLanguage, type UiLanguage } from './index';

/**
 * Keeps the SPA in the language of `tag` (the signed-in agent's; undefined while unknown leaves it
 * as it is). False until that language's messages are loaded, every namespace of them: a screen
 * opened later then never suspends (the whole page would show "Loading…" for a moment).
 */
export function useLanguage(tag: string | null | undefined): boolean {
  const wanted = tag === undefined ? undefined : uiLanguage(tag);
  const [ready, setReady] = useState<UiLanguage | null>(null);
  useEffect(() => {
    if (wanted === undefined) return;
    let live = true;
    void setLanguage(wanted)
      .then(() => i18n.loadNamespaces(NAMESPACES))
      .then(() => {
        if (live) setReady(wanted);
      });
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted === undefined || ready === wanted;
}
