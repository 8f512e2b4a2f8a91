import { currentLocale } from '../i18n';

// Dates and numbers in the SPA's current language. Formatters are cached per language, so a
// language change (German after sign-in) formats with the new one at the next render.
const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: (locale: string) => T): T {
  const locale = currentLocale();
  const id = `${locale}|${key}`;
  let formatter = cache.get(id) as T | undefined;
  if (!formatter) {
    formatter = make(locale);
    cache.set(id, formatter);
  }
  return formatter;
}

/** A date formatter for the current language (`key` names the options, the cache's key). */
export const dateFormat = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(`date:${key}`, (locale) => new Intl.DateTimeFormat(locale, options));

/** "28 Nov 2026, 10:45" ("28.11.2026, 10:45" in German) in the browser's zone; "" for null. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dateFormat('dateTime', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '';
}

/** "1,234" ("1.234" in German). */
export function formatNumber(value: number): string {
  return cached('number', (locale) => new Intl.NumberFormat(locale)).format(value);
}

/**
 * "1 agent", "3 agents". English only: translated screens use i18next plurals (`count_one` /
 * `count_other`) instead; this stays for the screens not translated yet.
 */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "teams and departments" ("Teams und Abteilungen" in German). */
export function listFormat(items: readonly string[]): string {
  return new Intl.ListFormat(currentLocale(), { style: 'long', type: 'conjunction' }).format(items);
}
