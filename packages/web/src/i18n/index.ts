// The SPA's messages (i18next + react-i18next). English is bundled and is every other language's
// fallback; German is a separate chunk, loaded when the signed-in agent's language is German (or,
// before sign-in, the last agent's on this browser or the browser's own). The agent's language tag
// (en, de, de-AT, pt-BR ...) picks the closest language the SPA has: `uiLanguage`.
import { createInstance } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, uiLanguage, type UiLanguage } from '@roster/shared';
import { en } from './locales/en';

// The tag -> language rule is shared with the API's emails (packages/shared/src/ui-language.ts).
export { UI_LANGUAGES, uiLanguage, type UiLanguage } from '@roster/shared';
const STORAGE_KEY = 'roster.language';

export const i18n = createInstance();
void i18n.use(initReactI18next).init({
  resources: { en },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  defaultNS: 'common',
  ns: Object.keys(en),
  // React escapes what it renders; escaping here too would show &amp; for &.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
  react: { useSuspense: false },
});

const loaded = new Set<UiLanguage>(['en']);

async function load(language: UiLanguage): Promise<void> {
  if (loaded.has(language)) return;
  const { de } = await import('./locales/de');
  for (const [ns, messages] of Object.entries(de)) i18n.addResourceBundle('de', ns, messages, true, true);
  loaded.add(language);
}

/** Switches the SPA to the language of `tag` (loading its messages once) and remembers it for the sign-in page. */
export async function setLanguage(tag: string | null | undefined): Promise<UiLanguage> {
  const language = uiLanguage(tag);
  await load(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private windows may refuse storage: the language then follows the browser until sign-in.
  }
  return language;
}

/** Before sign-in: the language this browser last showed, or the browser's own. */
export function initialLanguage(): UiLanguage {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    stored = null;
  }
  if (stored) return uiLanguage(stored);
  return uiLanguage(navigator.languages?.[0] ?? navigator.language);
}

/** The current language's locale for Intl formatting (dates, numbers, lists). */
export function currentLocale(): UiLanguage {
  return uiLanguage(i18n.language);
}
