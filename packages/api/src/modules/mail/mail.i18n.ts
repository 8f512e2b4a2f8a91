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

const fixed = new Map<UiLanguage, MailT>(UI_LANGUAGES.map((l) => [l, remembering(i18n.getFixedT(l, 'mail'))]));

/**
 * A fixed `t` that looks each text without values up once: an i18next call costs ~30 µs here and
 * an email makes a dozen, most of them plain texts (a bulk invite renders up to 1,000 emails).
 */
function remembering(t: MailT): MailT {
  // The typed signature is the caller's concern (the result is a MailT again); here keys are strings.
  const lookUp = t as unknown as (key: string, options?: object) => string;
  const plain = new Map<string, string>();
  const remembered = (key: string, options?: object): string => {
    if (options !== undefined) return lookUp(key, options);
    let text = plain.get(key);
    if (text === undefined) plain.set(key, (text = lookUp(key)));
    return text;
  };
  return remembered as unknown as MailT;
}

/** The email language of an agent's language tag (null or unknown: English) and its `t`. */
export function mailLanguage(tag: string | null | undefined): { language: UiLanguage; t: MailT } {
  const language = uiLanguage(tag);
  return { language, t: fixed.get(language)! };
}
