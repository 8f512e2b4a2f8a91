import { useEffect, useState } from 'react';
import { i18n, prefetchMessages, setLanguage, uiLanguage } from './index';

/**
 * Keeps the SPA in the language of `tag` (the signed-in agent's; undefined while unknown leaves it
 * as it is). False while that language's messages are still loading.
 */
export function useLanguage(tag: string | null | undefined): boolean {
  const wanted = tag === undefined ? undefined : uiLanguage(tag);
  const [shown, setShown] = useState(i18n.language);
  useEffect(() => {
    if (wanted === undefined) return;
    let live = true;
    void setLanguage(wanted).then((language) => {
      if (live) setShown(language);
      prefetchMessages();
    });
    return () => {
      live = false;
    };
  }, [wanted]);
  return wanted === undefined || shown === wanted || i18n.language === wanted;
}
