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
    // While the agent is still unknown, the language the SPA shows now (the one this browser last
    // showed: usually the agent's) loads its namespaces beside the viewer query, not after it.
    // i18next loads each namespace once: the wait below then finds them loaded or on their way.
    void i18n.loadNamespaces(NAMESPACES);
  }, []);
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
