import { graphql } from './gql';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config';
import { bootstrapFirstAdmin } from '../src/db/bootstrap';
import { LoginAttempt } from '../src/modules/auth';
import { Agent } from '../src/modules/agent';
import { agentHelpers, fields, UPDATE } from './helpers/agent-fixtures';
import { freshDataSource } from './helpers/test-db';
import { ADMIN_EMAIL, ADMIN_PASSWORD, codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';

// One email, one spelling: invisible padding, look-alike letters and over-long input can neither
// reach an account under a second rate-limit key nor create a second account that reads the same.

const LOGIN = graphql(`
  mutation EmailIdentityLogin($e: String!, $p: String!) {
    login(email: $e, password: $p) {
      token
    }
  }
`);
const INVITE = graphql(`
  mutation EmailIdentityInviteAgent($i: InviteAgentInput!) {
    inviteAgent(input: $i) {
      id
    }
  }
`);

const PADDED = ADMIN_EMAIL + '\u200b'.repeat(250);
const LOOK_ALIKES = [
  PADDED,
  `${ADMIN_EMAIL}\u200b`,
  'admin\u200d@example.com',
  '\u202eadmin@example.com',
  'admin@example.com\u0000',
  '\u0430dmin@example.com', // Cyrillic а
  'admin@ex\u0430mple.com',
  'adm\u0131n@example.com', // dotless ı
];

describe('email identity', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '30' });
  });
  afterAll(() => t.close());
  const { tryAdmin, tryCreate, create } = agentHelpers(() => t);
  const clearAttempts = () => t.roster.ds.getRepository(LoginAttempt).clear();
  const login = (e: string, p: string) => t.gql(LOGIN, { e, p });
  const attemptKeys = async () => (await t.roster.ds.getRepository(LoginAttempt).find()).map((a) => a.key);
  const expectFieldError = (r: GqlResult, field: string) => {
    expect({ code: codeOf(r), field: fields(r)[`input.${field}`] }).toEqual({ code: 'BAD_USER_INPUT', field: expect.any(String) });
  };

  describe('sign-in', () => {
    beforeEach(clearAttempts);

    it('refuses padded and look-alike spellings of an email even with the right password', async () => {
      for (const e of [...LOOK_ALIKES, 'x'.repeat(100_000)]) {
        const r = await login(e, ADMIN_PASSWORD);
        expect({ e: e.slice(0, 40), code: codeOf(r), message: r.errors?.[0]?.message }).toEqual({
          e: e.slice(0, 40),
          code: 'UNAUTHENTICATED',
          message: 'Wrong email or password',
        });
      }
      // Counted under the IP only: nothing the caller types varies the key.
      expect(new Set(await attemptKeys())).toEqual(new Set([expect.stringMatching(/^ip:/)]));
    });

    it('limits every spelling of one account together, and a padded email cannot get around it', async () => {
      for (let i = 0; i < 3; i++) expect(codeOf(await login(ADMIN_EMAIL, `wrong-${i}-wrong`))).toBe('UNAUTHENTICATED');
      for (const e of [ADMIN_EMAIL, '  ADMIN@Example.COM ', '\uff41dmin@example.com' /* full-width a */]) {
        expect({ e, code: codeOf(await login(e, ADMIN_PASSWORD)) }).toEqual({ e, code: 'RATE_LIMITED' });
      }
      for (let i = 0; i < 5; i++) expect(codeOf(await login(PADDED, ADMIN_PASSWORD))).toBe('UNAUTHENTICATED');
      expect(codeOf(await login(ADMIN_EMAIL, ADMIN_PASSWORD))).toBe('RATE_LIMITED');
    });

    it('counts refused spellings against the per-IP limit', async () => {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 31; i++) codes.push(codeOf(await login(PADDED, `guess-${i}-guess`)));
      expect(codes.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
      expect(codes[30]).toBe('RATE_LIMITED');
    });

    it('still signs in with a spelling that normalises to the account', async () => {
      expect(codeOf(await login(' \uff21DMIN@example.com\t', ADMIN_PASSWORD))).toBeUndefined();
    });
  });

  describe('creating, inviting and renaming', () => {
    it('refuses padded and look-alike emails as a field error on email', async () => {
      for (const email of LOOK_ALIKES) {
        expectFieldError(await tryCreate({ email, name: 'Admin' }), 'email');
        expectFieldError(await tryAdmin(INVITE, { i: { email } }), 'email');
        expectFieldError(await tryCreate({ email: 'extra.emails@example.com', name: 'Extra', extraEmails: [email] }), 'extraEmails.0');
      }
      expect(await t.roster.ds.getRepository(Agent).count()).toBe(1);
    });

    it('does not let an agent rename itself into the admin', async () => {
      const { id, token } = await t.createAgent({ email: 'mallory@example.com', name: 'Mallory' });
      for (const email of LOOK_ALIKES.slice(1)) {
        const r = await t.gql(UPDATE, { id, i: { email, name: 'Admin' } }, { token });
        expectFieldError(r, 'email');
      }
      const stored = await t.roster.ds.getRepository(Agent).findOneByOrFail({ id: Number(id) });
      expect([stored.email, stored.name]).toEqual(['mallory@example.com', 'Mallory']);
    });

    it('refuses invisible and text-direction characters in names and aliases', async () => {
      const agent = await create({ email: 'named@example.com', name: 'Named' });
      for (const bad of ['Ad\u200bmin', 'Admin\u200e', '\u202eNIMDA', 'Ad\u00admin', 'Admin\u2028', 'Ad\u0007min']) {
        expectFieldError(await tryCreate({ email: 'bad.name@example.com', name: bad }), 'name');
        expectFieldError(await tryAdmin(UPDATE, { id: agent.id, i: { name: bad } }), 'name');
        expectFieldError(await tryAdmin(UPDATE, { id: agent.id, i: { alias: bad } }), 'alias');
        expectFieldError(await tryAdmin(INVITE, { i: { email: 'bad.invite@example.com', name: bad } }), 'name');
      }
      // Accents and other scripts are names like any other.
      for (const name of ['Émile Zola', 'Зоя Петрова', '山田 太郎'])
        expect((await create({ email: `ok.${name.length}.${Date.now()}@example.com`, name })).name).toBe(name);
    });
  });
});

describe('the first administrator', () => {
  it('refuses an ADMIN_EMAIL that is padded or uses look-alike letters', async () => {
    // The check runs before the database is written, so a scratch SQLite file serves both runs.
    const ds = await freshDataSource(undefined, {
      type: 'sqlite',
      path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'roster-boot-')), 'db.sqlite'),
    });
    try {
      for (const email of [PADDED, '\u0430dmin@example.com']) {
        const config = loadConfig({ NODE_ENV: 'test', ADMIN_EMAIL: email, ADMIN_PASSWORD: ADMIN_PASSWORD });
        await expect(bootstrapFirstAdmin(ds, config, () => undefined)).rejects.toThrow(/^ADMIN_EMAIL /);
      }
      const config = loadConfig({ NODE_ENV: 'test', ADMIN_EMAIL: ' Admin@Example.com ', ADMIN_PASSWORD: ADMIN_PASSWORD });
      expect((await bootstrapFirstAdmin(ds, config, () => undefined))?.email).toBe(ADMIN_EMAIL);
    } finally {
      await ds.destroy();
    }
  });
});
