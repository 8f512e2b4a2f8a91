import { afterEach, describe, expect, it } from 'vitest';
import { i18n, NAMESPACES, setLanguage, uiLanguage } from './index';
import { en } from './locales/en';
import { de } from './locales/de';

/** Every message as [dotted key, text]. */
function leaves(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value as object, `${prefix}${key}.`),
  );
}
const placeholders = (text: string) => [...text.matchAll(/{{\s*([\w.]+)[^}]*}}|<(\d+|\w+)>/g)].map((m) => m[1] ?? m[2]).sort();

describe('the SPA messages', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('picks the closest language the SPA has for an agent language tag', () => {
    expect(uiLanguage('de')).toBe('de');
    expect(uiLanguage('de-AT')).toBe('de');
    expect(uiLanguage('DE_ch')).toBe('de');
    expect(uiLanguage('en-GB')).toBe('en');
    expect(uiLanguage('pt-BR')).toBe('en');
    expect(uiLanguage('')).toBe('en');
    expect(uiLanguage(null)).toBe('en');
  });

  it('has a German text for every English one, with the same placeholders and markup', () => {
    const german = new Map(leaves(de));
    const english = leaves(en);
    expect(english.length).toBeGreaterThan(0);
    for (const [key, text] of english) {
      const translated = german.get(key);
      expect(translated, key).toBeTypeOf('string');
      expect(translated!.trim().length, key).toBeGreaterThan(0);
      expect(placeholders(translated!), key).toEqual(placeholders(text));
    }
    expect([...german.keys()].sort()).toEqual(english.map(([key]) => key).sort());
  });

  it('finds every namespace of the registry among its files', () => {
    expect([...NAMESPACES].sort()).toEqual(Object.keys(en).sort());
  });

  it('switches to German, loading its messages once, and sets the page language', async () => {
    expect(i18n.t('app:nav.agents')).toBe('Agents');
    await setLanguage('de-DE');
    expect(i18n.language).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(i18n.t('app:nav.agents')).toBe('Agenten');
    await setLanguage('fr');
    expect(i18n.t('app:nav.agents')).toBe('Agents');
    expect(document.documentElement.lang).toBe('en');
  });
});
