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

/** Languages offered for an agent's interface, named in English. */
export function languageOptions(): { value: string; label: string }[] {
  const names = new Intl.DisplayNames(['en'], { type: 'language' });
  return LANGUAGE_TAGS.map((tag) => ({ value: tag, label: `${names.of(tag) ?? tag} (${tag})` }));
}
