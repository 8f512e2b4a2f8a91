import { join } from 'node:path';
import { MaxLength, MinLength, validate } from 'class-validator';
import { readdirSync, readFileSync } from 'node:fs';
import { scanMessages } from '../../test/helpers/error-message-scan';
import { ERROR_FIELDS_DE } from './error-fields.de';
import { errorLanguage, translateError, translateMessage } from './error-language';
import { ERROR_MESSAGES_DE } from './error-messages.de';
import { badInput } from './errors';

const PACKAGES = join(__dirname, '../../..');
const found = scanMessages([join(PACKAGES, 'api/src'), join(PACKAGES, 'shared/src')], PACKAGES);
const catalogue: Record<string, string> = { ...ERROR_FIELDS_DE, ...ERROR_MESSAGES_DE };
/** Messages written where the scan does not look: the GraphQL edge's own and class-validator's. */
const EDGE = [
  'This conflicts with a record that was just saved by someone else; reload and try again',
  'Internal server error',
  'must be shorter than or equal to {0} characters',
  'must be longer than or equal to {0} characters',
];
const placeholders = (t: string) => [...t.matchAll(/\{(\d+)(?:\|term)?\}/g)].map((m) => Number(m[1]));

describe('German error messages', () => {
  it('finds the messages the services send (the scan itself works)', () => {
    const templates = new Set(found.map((f) => f.template));
    expect(templates.size).toBeGreaterThan(250);
    for (const t of [
      'must not be empty',
      'must be at most {0} characters',
      'Agent not found',
      'unknown agent ids {0}',
      'is not a valid email address',
    ])
      expect(templates).toContain(t);
  });

  it('has a German template for every English message in the source', () => {
    const missing = [...new Map(found.filter((f) => !(f.template in catalogue)).map((f) => [f.template, f])).values()];
    // A new message needs its German in src/common/error-messages.de.ts (sentences) or error-fields.de.ts (field phrases).
    expect(missing.map((f) => `${f.file}:${f.line}  ${JSON.stringify(f.template)}`)).toEqual([]);
  });

  it('has no German template for a message that no longer exists', () => {
    const templates = new Set([...found.map((f) => f.template), ...EDGE]);
    expect(Object.keys(catalogue).filter((k) => !templates.has(k))).toEqual([]);
  });

  it("uses only the English template's placeholders, and says something else than the English", () => {
    for (const [english, german] of Object.entries(catalogue)) {
      const n = placeholders(english).length;
      expect({ english, extra: placeholders(german).filter((i) => i >= n) }).toEqual({ english, extra: [] });
      expect(german).not.toBe(english);
    }
  });

  it('covers every class-validator decorator the inputs use, with the message class-validator really writes', async () => {
    const src = join(PACKAGES, 'api/src');
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    const used = new Set(
      files
        .flatMap((f) => [...readFileSync(join(src, f), 'utf8').matchAll(/import \{([^}]*)\} from 'class-validator'/g)])
        .flatMap((m) => m[1].split(',').map((s) => s.trim()))
        // Not decorators: the validator itself, its error class, its metadata and the rule type names.
        .filter((s) => s && !['validate', 'ValidationError', 'getMetadataStorage', 'ValidationTypes'].includes(s)),
    );
    expect([...used].sort()).toEqual(['MaxLength', 'MinLength']);
    class Probe {
      @MaxLength(3) long = 'abcdef';
      @MinLength(5) short = 'ab';
    }
    const messages = (await validate(new Probe())).flatMap((e) =>
      Object.values(e.constraints ?? {}).map((m) => m.slice(e.property.length + 1)),
    );
    expect(messages.map((m) => translateMessage(m, 'de'))).toEqual([
      'darf höchstens 3 Zeichen lang sein',
      'muss mindestens 5 Zeichen lang sein',
    ]);
  });
});

describe('translateError', () => {
  it('translates the fields and the message that lists them, keeping keys and code', () => {
    const e = badInput({ 'input.name': 'must be at most 200 characters', 'input.phones.0.number': 'is listed twice with this label' });
    const out = translateError({ message: e.message, extensions: { code: e.code, fields: e.fields } }, 'de');
    expect(out).toEqual({
      message: 'input.name: darf höchstens 200 Zeichen lang sein; input.phones.0.number: steht zweimal mit dieser Art in der Liste',
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: {
          'input.name': 'darf höchstens 200 Zeichen lang sein',
          'input.phones.0.number': 'steht zweimal mit dieser Art in der Liste',
        },
      },
    });
  });

  it('fills templates, translating the names of things, and leaves unknown text English', () => {
    expect(translateMessage('Department not found', 'de')).toBe('Abteilung nicht gefunden');
    expect(translateMessage('Team not found', 'de')).toBe('Team nicht gefunden');
    expect(translateMessage('There can be at most 100 usergroups; delete one first', 'de')).toBe(
      'Es sind höchstens 100 Benutzergruppen möglich; löschen Sie zuerst einen Eintrag',
    );
    expect(translateMessage('unknown agent ids 7, 9', 'de')).toBe('unbekannte Agenten-IDs 7, 9');
    expect(translateMessage('ann@example.com already has a pending invitation', 'de')).toBe(
      'ann@example.com hat bereits eine offene Einladung',
    );
    expect(translateMessage('Something nobody wrote down', 'de')).toBe('Something nobody wrote down');
    expect(translateMessage('must be at most 50 characters', 'en')).toBe('must be at most 50 characters');
  });

  it('picks the language: the agent’s, English for API tokens, Accept-Language when anonymous', () => {
    const agent = {
      id: 1,
      name: 'A',
      email: 'a@x',
      isAdmin: false,
      isReportsAdmin: false,
      mustChangePassword: false,
      status: 'ACTIVE',
      type: 'FULL',
    };
    expect(errorLanguage({ kind: 'AGENT', agent: { ...agent, language: 'de-AT' }, name: 'A' }, 'en')).toBe('de');
    expect(errorLanguage({ kind: 'AGENT', agent: { ...agent, language: 'fr' }, name: 'A' }, 'de')).toBe('en');
    expect(errorLanguage({ kind: 'API_TOKEN', agent: { ...agent, language: 'de' }, name: 'T' }, 'de')).toBe('en');
    expect(errorLanguage(null, 'de-DE,de;q=0.9,en;q=0.8')).toBe('de');
    expect(errorLanguage(null, 'en-GB,de;q=0.5')).toBe('en');
    expect(errorLanguage(null, undefined)).toBe('en');
  });
});
