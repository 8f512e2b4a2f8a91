// The SPA's messages (i18next + react-i18next), one namespace per feature (src/i18n/locales/<lang>/).
// English is every other language's fallback. The namespaces the first screens need (common, app,
// auth, twoStep) are bundled; every other namespace, and every German one, is its own chunk, loaded
// before the app renders once an agent is signed in (use-language.ts); the app layout and the root
// hold Suspense boundaries as a guard.
// The agent's language tag (en, de, de-AT, pt-BR ...) picks the closest language the SPA has: `uiLanguage`.
import { createInstance } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, uiLanguage, type UiLanguage } from '@roster/shared';
import type { en } from './locales/en';
import { app } from './locales/en/app';
import { auth } from './locales/en/auth';
import { common } from './locales/en/common';
import { twoStep } from './locales/en/two-step';

// The tag -> language rule is shared with the API's emails (packages/shared/src/ui-language.ts).
export { UI_LANGUAGES, uiLanguage, type UiLanguage } from '@roster/shared';
export type Namespace = keyof typeof en;
const STORAGE_KEY = 'roster.language';

// Every namespace file of every language, as a chunk of its own ("twoStep" lives in two-step.ts).
const files = import.meta.glob<Record<string, object>>(['./locales/*/*.ts', '!./locales/*/index.ts']);
const fileOf = (language: string, ns: string) => `./locales/${language}/${ns.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.ts`;

/** Every namespace the SPA has, from the English files. */
export const NAMESPACES = Object.keys(files)
  .filter((file) => file.startsWith('./locales/en/'))
  .map((file) => file.slice('./locales/en/'.length, -'.ts'.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())) as Namespace[];

export const i18n = createInstance();
void i18n
  .use(initReactI18next)
  .use(
    resourcesToBackend(async (language: string, ns: string) => {
      const load = files[fileOf(language, ns)];
      if (!load) throw new Error(`no messages for ${language}/${ns}`);
      return (await load())[ns];
    }),
  )
  .init({
    resources: { en: { common, app, auth, twoStep } },
    partialBundledLanguages: true,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...UI_LANGUAGES],
    defaultNS: 'common',
    ns: ['common', 'app', 'auth', 'twoStep'],
    // React escapes what it renders; escaping here too would show &amp; for &.
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    react: { useSuspense: true },
  });

/** Switches the SPA to the language of `tag` (loading its messages once) and remembers it for the sign-in page. */
export async function setLanguage(tag: string | null | undefined): Promise<UiLanguage> {
  const language = uiLanguage(tag);
  // Loads the namespaces in use in that language (and English under them) before switching.
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
