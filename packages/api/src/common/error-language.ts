import { uiLanguage, type UiLanguage } from '@roster/shared';
import type { Actor } from './actor';
import { ERROR_FIELDS_DE } from './error-fields.de';
import { ERROR_MESSAGES_DE, ERROR_TERMS_DE } from './error-messages.de';
import { fieldsMessage, type FieldErrors } from './errors';

// Error messages in the language of whoever reads them, translated at the edges (GraphQL and REST)
// so that services keep writing plain English: a German catalogue keyed by the English template,
// compiled once at start-up from our own constants (never from client text). A message no template
// matches stays English. `extensions.code` and field keys never change, and API tokens always get
// English: integrators match on it.

type Part = string | { index: number; term: boolean };
interface Template {
  pattern: RegExp;
  german: Part[];
}
interface Catalogue {
  exact: Map<string, string>;
  templates: Template[];
  terms: Record<string, string>;
}

const PLACEHOLDER = /\{(\d+)(\|term)?\}/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function germanParts(text: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    parts.push(text.slice(last, m.index), { index: Number(m[1]), term: !!m[2] });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

/** One catalogue: exact texts in a map, templates as anchored patterns, the most specific (longest fixed text) first. */
export function compileCatalogue(entries: Record<string, string>, terms: Record<string, string>): Catalogue {
  const exact = new Map<string, string>();
  const templates: (Template & { fixed: number })[] = [];
  for (const [english, german] of Object.entries(entries)) {
    const literals = english.split(/\{\d+\}/);
    if (literals.length === 1) {
      exact.set(english, german);
      continue;
    }
    const pattern = new RegExp(`^${literals.map(escapeRegExp).join('([\\s\\S]+?)')}$`);
    templates.push({ pattern, german: germanParts(german), fixed: literals.join('').length });
  }
  templates.sort((a, b) => b.fixed - a.fixed);
  return { exact, templates, terms };
}

function translateWith(c: Catalogue, text: string): string {
  const exact = c.exact.get(text);
  if (exact !== undefined) return exact;
  for (const t of c.templates) {
    const m = t.pattern.exec(text);
    if (m) return render(c, t.german, m.slice(1));
  }
  return text;
}

function render(c: Catalogue, parts: Part[], values: string[]): string {
  return parts
    .map((p) => {
      if (typeof p === 'string') return p;
      const v = values[p.index] ?? '';
      return p.term ? (c.terms[v] ?? v) : v;
    })
    .join('');
}

const CATALOGUES: Partial<Record<UiLanguage, Catalogue>> = {
  de: compileCatalogue({ ...ERROR_FIELDS_DE, ...ERROR_MESSAGES_DE }, ERROR_TERMS_DE),
};

/** One message or field phrase in `language` (English, or no template for it: as it is). */
export function translateMessage(text: string, language: UiLanguage): string {
  const c = CATALOGUES[language];
  return c ? translateWith(c, text) : text;
}

interface ErrorShape {
  message: string;
  extensions?: Record<string, unknown>;
}

/** An error answer in `language`: its message and every `extensions.fields` phrase (the keys and the code as they are). */
export function translateError<E extends ErrorShape>(error: E, language: UiLanguage): E {
  if (!CATALOGUES[language]) return error;
  const fields = error.extensions?.fields as FieldErrors | undefined;
  if (!fields || typeof fields !== 'object') return { ...error, message: translateMessage(error.message, language) };
  const translated: FieldErrors = {};
  for (const [key, phrase] of Object.entries(fields))
    translated[key] = typeof phrase === 'string' ? translateMessage(phrase, language) : phrase;
  // badInput's message lists the fields (`input.name: must not be empty; ...`): list the German ones.
  const message = error.message === fieldsMessage(fields) ? fieldsMessage(translated) : translateMessage(error.message, language);
  return { ...error, message, extensions: { ...error.extensions, fields: translated } };
}

/**
 * The language errors go out in: a signed-in agent's own, English for an API token (integrators
 * match on the text), and for anonymous requests (sign-in, password reset, accepting an
 * invitation) the first language of the Accept-Language header.
 */
export function errorLanguage(actor: Actor | null | undefined, acceptLanguage: string | null | undefined): UiLanguage {
  if (actor?.kind === 'API_TOKEN') return 'en';
  if (actor?.agent) return uiLanguage(actor.agent.language);
  if (actor) return 'en';
  return uiLanguage(acceptLanguage?.split(',')[0]?.split(';')[0]);
}

/**
 * Row problems a client reads back as data (an import's errors, a bulk invite's failures): each
 * `message` in the reader's language, as errorLanguage decides (API tokens: English). The stored
 * rows keep English; errors.csv too (a file for the import's own columns).
 */
export function messagesIn<T extends { message: string }>(rows: T[], actor: Actor | null | undefined): T[] {
  const language = errorLanguage(actor, null);
  if (!CATALOGUES[language]) return rows;
  return rows.map((r) => ({ ...r, message: translateMessage(r.message, language) }));
}
