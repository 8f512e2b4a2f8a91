import { createInstance, type TFunction } from 'i18next';
import { uiLanguage, UI_LANGUAGES, type UiLanguage } from '@roster/shared';
import { de } from './locales/de';
import { en } from './locales/en';

// The messages of the emails Roster sends agents (and of the Quick Start Guide), in the agent's
// language: one i18next instance for the process, a fixed `t` per language. The language of a tag
// follows the SPA's rule (uiLanguage in @roster/shared): German for de and de-*, English otherwise.

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'mail';
    resources: { mail: typeof en };
  }
}

const i18n = createInstance();
void i18n.init({
  resources: { en: { mail: en }, de: { mail: de } },
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  ns: ['mail'],
  defaultNS: 'mail',
  // Plain text is never escaped; HTML parts escape each sentence (or value) with esc() in mail.templates.ts.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export type MailT = TFunction<'mail'>;

const fixed = new Map<UiLanguage, MailT>(UI_LANGUAGES.map((l) => [l, i18n.getFixedT(l, 'mail')]));

/** The email language of an agent's language tag (null or unknown: English) and its `t`. */
export function mailLanguage(tag: string | null | undefined): { language: UiLanguage; t: MailT } {
  const language = uiLanguage(tag);
  return { language, t: fixed.get(language)! };
}
