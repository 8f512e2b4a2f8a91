import { currentLocale } from '../i18n';

/** Every IANA time zone the browser knows (the API checks them the same way), UTC first. */
export function timeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}

/** The browser's own zone: a good default for a new agent of the same helpdesk. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

const LANGUAGE_TAGS = [
  'en',
  'en-GB',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pt',
  'pt-BR',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'tr',
  'ru',
  'ja',
  'zh',
  'ko',
  'ar',
];

/** A language tag's name in `locale` ("German", "Deutsch"); undefined when Intl does not know it. */
export function languageName(tag: string, locale: string = currentLocale()): string | undefined {
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(tag);
    return name && name !== tag ? name : undefined;
  } catch {
    return undefined;
  }
}

const languageLists = new Map<string, { value: string; label: string }[]>();

/**
 * Languages offered for an agent's interface, named in the SPA's current language ("German (de)",
 * "Deutsch (de)"); one list a language, built when first asked for.
 */
export function languageOptions(locale: string = currentLocale()): { value: string; label: string }[] {
  let list = languageLists.get(locale);
  if (!list) {
    list = LANGUAGE_TAGS.map((tag) => ({ value: tag, label: `${languageName(tag, locale) ?? tag} (${tag})` }));
    languageLists.set(locale, list);
  }
  return list;
}

/** "UTC+01:00": the zone's offset from UTC now (summer time included). */
export function utcOffset(zone: string, at = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const offset = part?.replace(/^GMT/, '') || '+00:00';
    return `UTC${offset}`;
  } catch {
    return 'UTC';
  }
}

let zoneOptions: { value: string; label: string }[] | undefined;

/** Every time zone labelled with its current offset, "Europe/Paris (UTC+01:00)"; built once a page load. */
export function timeZoneOptions(): { value: string; label: string }[] {
  zoneOptions ??= timeZones().map((zone) => ({ value: zone, label: `${zone} (${utcOffset(zone)})` }));
  return zoneOptions;
}
