// The languages Roster speaks to agents (the SPA and the emails it sends them), and the rule that
// picks one for an agent's language tag (en, de, de-AT, pt-BR ...). Shared so that the SPA and the
// API's emails always agree on the language of an agent.

export const UI_LANGUAGES = ['en', 'de'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The language for a language tag: its primary subtag when Roster has it, English otherwise. */
export function uiLanguage(tag: string | null | undefined): UiLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (UI_LANGUAGES as readonly string[]).includes(primary) ? (primary as UiLanguage) : 'en';
}

/**
 * The shape a translation must have: the English messages' keys, every leaf a string (lists keep
 * their length). A German file typed `Messages<typeof en>` fails the typecheck when it misses a key
 * or has one too many.
 */
export type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };
