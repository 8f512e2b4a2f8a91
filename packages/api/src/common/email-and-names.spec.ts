import { checkEmailAddress, displayNameProblem, normalizeEmail, sortKey, SORT_KEY_MAX_LENGTH } from '@roster/shared';

// The shared text rules (packages/shared: text.ts, validation.ts), as the API and the SPA use them.

describe('sortKey', () => {
  it('folds accents, case and compatibility forms to one key', () => {
    for (const s of ['Émile Zola', 'EMILE ZOLA', 'emile zola', 'E\u0301mile  Zola ', 'Ｅmile Zola']) expect(sortKey(s)).toBe('emile zola');
    expect(sortKey('Östen')).toBe('osten');
    expect(sortKey('İstanbul')).toBe('istanbul');
    expect(sortKey('Зоя')).toBe('зоя');
  });

  it('orders Émile before Zoë and keeps ties equal', () => {
    const keys = ['Zoë', 'Émile', 'émile', 'Adam'].map(sortKey);
    expect([...keys].sort()).toEqual(['adam', 'emile', 'emile', 'zoe']);
  });

  it('fits its column even when decomposition lengthens a name', () => {
    expect(Array.from(sortKey('\ufdfa'.repeat(200))).length).toBe(SORT_KEY_MAX_LENGTH);
  });
});

describe('checkEmailAddress', () => {
  it('normalises case, white space and full-width forms', () => {
    expect(normalizeEmail('  Admin@Example.COM\t')).toBe('admin@example.com');
    expect(normalizeEmail('\uff41dmin\uff20example.com')).toBe('admin@example.com');
  });

  it('refuses invisible, control and text-direction characters anywhere', () => {
    for (const e of [
      'admin@example.com\u200b',
      'ad\u200dmin@example.com',
      '\u202eadmin@example.com',
      'admin@example.com\u2028x',
      'ad\u0000min@example.com',
    ]) {
      expect(checkEmailAddress(e)).toEqual({ ok: false, problem: expect.stringMatching(/invisible/) });
    }
  });

  it('refuses look-alike letters from other scripts (ASCII-only logins)', () => {
    for (const e of ['\u0430dmin@example.com', 'admin@ex\u0430mple.com', 'jos\u00e9@example.com', 'admin@m\u00fcnchen.de']) {
      expect(checkEmailAddress(e)).toEqual({ ok: false, problem: expect.stringMatching(/ASCII/) });
    }
    expect(normalizeEmail('admin@xn--mnchen-3ya.de')).toBe('admin@xn--mnchen-3ya.de');
  });

  it('refuses anything longer than 254 characters before looking at it', () => {
    expect(checkEmailAddress(`${'a'.repeat(243)}@example.com`).ok).toBe(false);
    expect(checkEmailAddress(`${'a'.repeat(242)}@example.com`).ok).toBe(true);
    expect(checkEmailAddress(`admin@example.com${' '.repeat(300)}`)).toEqual({ ok: false, problem: 'must be at most 254 characters' });
  });
});

describe('displayNameProblem', () => {
  it('accepts names in any script and refuses invisible characters', () => {
    for (const n of ['Émile Zola', 'Зоя Петрова', '山田 太郎', "O'Brien-Smith"]) expect(displayNameProblem(n)).toBeNull();
    for (const n of ['Ad\u200bmin', 'Admin\u200e', '\u202eNIMDA', 'Ad\u00admin', 'A\u0007'])
      expect(displayNameProblem(n)).toMatch(/invisible/);
  });
});
