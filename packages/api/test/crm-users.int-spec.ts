import { graphql } from './gql';
import type { CrmListUsersQuery } from './gql/graphql';
import {
  ADD_EMAIL,
  ADD_NOTE,
  COUNT_USERS,
  CREATE_GROUP,
  CREATE_ORG,
  CREATE_USER,
  crmHelpers,
  DELETE_USER,
  fieldsOf,
  GET_USER,
  LIST_USERS,
  ORGS,
  REMOVE_EMAIL,
  SET_PRIMARY,
  uniqueEmail,
  UPDATE_USER,
} from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Users in the CRM through the real HTTP API and database: records, emails, organizations,
// usergroups, notes, the change log and paging (authorization: crm-access.int-spec.ts; merges:
// crm-merge.int-spec.ts).

describe('CRM users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const { ok, gql, createUser, log } = crmHelpers(() => t);

  it('creates a user with normalised emails (the first primary), organization, usergroups and contact information', async () => {
    const org = (await ok(CREATE_ORG, { n: 'Acme Rockets' })).createOrganization;
    const group = (await ok(CREATE_GROUP, { n: 'VIP customers' })).createUsergroup;
    const a = uniqueEmail('jane');
    const u = (
      await ok(CREATE_USER, {
        i: {
          name: '  Jane Doe ',
          emails: [`  ${a.toUpperCase()} `, 'jane.doe@Other.example'],
          organizationId: org.id,
          usergroupIds: [group.id],
          summary: 'Prefers email',
          phone: '+44 20 7946 0018',
          website: 'https://jane.example',
          im: 'jane@matrix',
          twitter: '@jane_doe',
          linkedin: 'https://www.linkedin.com/in/janedoe',
          facebook: 'https://facebook.com/jane.doe',
          address: '1 Road\nTown',
          timezone: 'Asia/Tokyo',
          language: 'ja',
        },
      })
    ).createUser;
    expect(u).toMatchObject({
      name: 'Jane Doe',
      primaryEmail: a,
      emails: [
        { address: a, isPrimary: true },
        { address: 'jane.doe@other.example', isPrimary: false },
      ],
      organization: org,
      usergroups: [group],
      twitter: 'jane_doe',
      timezone: 'Asia/Tokyo',
      isAutoResponder: false,
      notes: [],
    });
    // Tokyo is UTC+9 all year.
    expect(u.localTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
    expect((await ok(GET_USER, { id: u.id })).user).toEqual({ ...u, localTime: expect.stringMatching(/\+09:00$/) });
  });

  it('names every bad field at once and refuses oversized input', async () => {
    const r = await gql(CREATE_USER, {
      i: {
        name: ' ',
        emails: ['not-an-email'],
        website: 'ftp://x.example',
        linkedin: 'https://evil.example/in/x',
        facebook: 'javascript:alert(1)',
        twitter: '@@no spaces',
        phone: 'call me',
        timezone: 'Mars/Olympus',
        language: 'english!',
      },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(Object.keys(fieldsOf(r)).sort()).toEqual(
      [
        'input.name',
        'input.emails.0',
        'input.website',
        'input.linkedin',
        'input.facebook',
        'input.twitter',
        'input.phone',
        'input.timezone',
        'input.language',
      ].sort(),
    );
    const big = [
      { name: 'x'.repeat(201), emails: [uniqueEmail()] },
      { name: 'Ok', emails: [] },
      { name: 'Ok', emails: Array.from({ length: 21 }, () => uniqueEmail()) },
      { name: 'Ok', emails: [uniqueEmail()], summary: 's'.repeat(10_001) },
      { name: 'Ok', emails: [uniqueEmail()], address: 'a'.repeat(1001) },
      { name: 'Ok', emails: [`${'a'.repeat(250)}@example.com`] },
    ];
    for (const i of big) expect(codeOf(await gql(CREATE_USER, { i }))).toBe('BAD_USER_INPUT');
    const u = await createUser('Size Check');
    expect(codeOf(await gql(ADD_NOTE, { u: u.id, t: 'n'.repeat(10_001) }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(ADD_NOTE, { u: u.id, t: '   ' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LIST_USERS, { f: { search: 's'.repeat(201) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(UPDATE_USER, { id: u.id, i: { usergroupIds: Array.from({ length: 201 }, (_, k) => String(k + 1)) } }))).toBe(
      'BAD_USER_INPUT',
    );
    // Null on a field a user cannot be without.
    expect(fieldsOf(await gql(UPDATE_USER, { id: u.id, i: { name: null } }))['input.name']).toBeTruthy();
    expect(fieldsOf(await gql(UPDATE_USER, { id: u.id, i: { isAutoResponder: null } }))['input.isAutoResponder']).toBeTruthy();
    expect(codeOf(await gql(GET_USER, { id: 'abc' }))).toBe('BAD_USER_INPUT');
    expect((await ok(GET_USER, { id: '999999' })).user).toBeNull();
  });

  it('stores a website typed without a scheme with https:// and refuses what is not a web address, naming the field', async () => {
    const u = await createUser('Web Site');
    const up = (await ok(UPDATE_USER, { id: u.id, i: { website: '  acme.example ', linkedin: 'www.linkedin.com/in/ws' } })).updateUser;
    expect(up).toMatchObject({ website: 'https://acme.example', linkedin: 'https://www.linkedin.com/in/ws' });
    expect((await ok(GET_USER, { id: u.id })).user).toMatchObject({ website: 'https://acme.example' });
    expect((await log(u.id)).find((e) => e.field === 'website')).toMatchObject({ oldValue: null, newValue: 'https://acme.example' });
    for (const website of ['javascript:alert(1)', 'acme .example', 'acme', 'ftp://acme.example']) {
      const r = await gql(UPDATE_USER, { id: u.id, i: { website } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(r)).toEqual({ 'input.website': 'must be a web address such as acme.example' });
    }
    const created = (await ok(CREATE_USER, { i: { name: 'Web Two', emails: [uniqueEmail('web')], website: 'www.two.example' } }))
      .createUser;
    expect(created.website).toBe('https://www.two.example');
    expect((await ok(GET_USER, { id: u.id })).user).toMatchObject({ website: 'https://acme.example' });
  });

  it('updates fields, clears with null, logs each change with its actor, and deletes', async () => {
    const u = await createUser('Edit Me', { phone: '+1 415 555 0100', timezone: 'Europe/London' });
    const org = (await ok(CREATE_ORG, { n: 'Edit Org' })).createOrganization;
    const up = (
      await ok(UPDATE_USER, { id: u.id, i: { name: 'Edited', phone: null, organizationId: org.id, isAutoResponder: true, timezone: null } })
    ).updateUser;
    expect(up).toMatchObject({ name: 'Edited', phone: null, organization: org, isAutoResponder: true, timezone: null, localTime: null });
    const entries = await log(u.id);
    expect(entries.map((e) => e.field)).toEqual(
      expect.arrayContaining(['created', 'name', 'phone', 'organization', 'isAutoResponder', 'timezone']),
    );
    expect(entries.find((e) => e.field === 'name')).toMatchObject({
      oldValue: 'Edit Me',
      newValue: 'Edited',
      actorName: expect.any(String),
    });
    expect(entries.find((e) => e.field === 'organization')).toMatchObject({ oldValue: null, newValue: 'Edit Org' });
    // An unchanged update writes nothing.
    await ok(UPDATE_USER, { id: u.id, i: { name: 'Edited' } });
    expect(await log(u.id)).toHaveLength(entries.length);
    expect(codeOf(await gql(UPDATE_USER, { id: u.id, i: { organizationId: '999999' } }))).toBe('BAD_USER_INPUT');

    expect((await ok(DELETE_USER, { id: u.id })).deleteUser).toBe(true);
    expect((await ok(GET_USER, { id: u.id })).user).toBeNull();
    expect(codeOf(await gql(DELETE_USER, { id: u.id }))).toBe('NOT_FOUND');
    expect((await log(u.id))[0]).toMatchObject({ field: 'deleted', oldValue: 'Edited' });
  });

  it('adds emails, refuses one another user has (naming that user), switches and removes the primary', async () => {
    const a = await createUser('Email Owner');
    const b = await createUser('Email Taker');
    const extra = uniqueEmail('extra');
    const withExtra = (await ok(ADD_EMAIL, { u: b.id, e: extra.toUpperCase() })).addUserEmail;
    expect(withExtra.emails.map((e) => e.address)).toEqual([b.primaryEmail, extra]);

    const taken = await gql(ADD_EMAIL, { u: b.id, e: ` ${a.primaryEmail.toUpperCase()}` });
    expect(codeOf(taken)).toBe('CONFLICT');
    expect(taken.errors![0].extensions).toMatchObject({ existingUserId: a.id, suggestion: 'MERGE_USERS' });
    expect(taken.errors![0].message).toContain(`user ${a.id}`);
    const takenOnCreate = await gql(CREATE_USER, { i: { name: 'Dup', emails: [a.primaryEmail] } });
    expect(codeOf(takenOnCreate)).toBe('CONFLICT');
    expect(fieldsOf(takenOnCreate)['input.emails.0']).toContain(a.id);

    const switched = (await ok(SET_PRIMARY, { u: b.id, e: extra })).setPrimaryUserEmail;
    expect(switched.primaryEmail).toBe(extra);
    expect(switched.emails.filter((e) => e.isPrimary)).toEqual([{ address: extra, isPrimary: true }]);
    expect(codeOf(await gql(SET_PRIMARY, { u: b.id, e: a.primaryEmail }))).toBe('BAD_USER_INPUT');

    const removed = (await ok(REMOVE_EMAIL, { u: b.id, e: extra })).removeUserEmail;
    expect(removed.emails).toEqual([{ address: b.primaryEmail, isPrimary: true }]);
    expect(codeOf(await gql(REMOVE_EMAIL, { u: b.id, e: b.primaryEmail }))).toBe('BAD_USER_INPUT');
    const fields = (await log(b.id)).map((e) => `${e.field}:${e.oldValue ?? ''}>${e.newValue ?? ''}`);
    expect(fields).toEqual(expect.arrayContaining([`emails:>${extra}`, `primaryEmail:${b.primaryEmail}>${extra}`, `emails:${extra}>`]));

    // Two users racing for one address: one wins, the other is told who has it.
    const [x, y] = [await createUser('Race One'), await createUser('Race Two')];
    const race = uniqueEmail('race');
    const results = await Promise.all([gql(ADD_EMAIL, { u: x.id, e: race }), gql(ADD_EMAIL, { u: y.id, e: race })]);
    expect(results.map((r) => codeOf(r) ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
  });

  it('adds notes with author and time, newest first', async () => {
    const u = await createUser('Noted');
    await ok(ADD_NOTE, { u: u.id, t: 'first' });
    const after = (await ok(ADD_NOTE, { u: u.id, t: ' second ' })).addUserNote;
    expect(after.notes.map((n) => n.text)).toEqual(['second', 'first']);
    expect(after.notes[0]).toMatchObject({ authorName: expect.any(String), createdAt: expect.any(String) });
    expect((await log(u.id)).filter((e) => e.field === 'note')).toHaveLength(2);
  });

  it('pages through users by name without gaps, searches the words of names and addresses, filters by organization and usergroup', async () => {
    const org = (await ok(CREATE_ORG, { n: 'Paging Org' })).createOrganization;
    const group = (await ok(CREATE_GROUP, { n: 'Paging Group' })).createUsergroup;
    const names = ['Émile Zola', 'emily brontë', 'Zed Pager', 'Pager Alpha', 'pager beta', 'Pager Gamma', 'Pager Gamma', 'Ágnes Pager'];
    const made = [];
    for (const [i, n] of names.entries()) {
      made.push(await createUser(n, i % 2 ? { organizationId: org.id, usergroupIds: [group.id] } : {}));
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const r: CrmListUsersQuery['users'] = (await ok(LIST_USERS, { first: 3, after })).users;
      seen.push(...r.edges.map((e) => e.node.id));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    const all = (await ok(COUNT_USERS, {})).users.totalCount;
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    expect(seen).toEqual(expect.arrayContaining(made.map((m) => m.id)));

    const search = async (s: string, extra = {}) =>
      (await ok(LIST_USERS, { f: { search: s, ...extra }, first: 100 })).users.edges.map((e) => e.node.name);
    // Names that start with it first, then the other names with the word (in the order they were made).
    expect(await search('pager')).toEqual(['Pager Alpha', 'pager beta', 'Pager Gamma', 'Pager Gamma', 'Zed Pager', 'Ágnes Pager']);
    expect(await search('emil')).toEqual(['Émile Zola', 'emily brontë']);
    expect(await search('AGNES')).toEqual(['Ágnes Pager']);
    expect(await search(made[2].primaryEmail.slice(0, 12))).toContain('Zed Pager');
    expect(await search(made[2].primaryEmail.toUpperCase())).toEqual(['Zed Pager']);
    expect(await search('100%_')).toEqual([]);
    expect(await search('pager', { organizationId: org.id })).toEqual(['Pager Alpha', 'Pager Gamma', 'Ágnes Pager']);
    expect((await ok(COUNT_USERS, { f: { usergroupId: group.id } })).users.totalCount).toBe(4);
    // Paging a search whose matches come from names and from addresses (one user from both).
    await ok(ADD_EMAIL, { u: made[2].id, e: uniqueEmail('pager-mail') });
    const pagers = await search('pager');
    expect(pagers).toContain('Zed Pager');
    const paged: string[] = [];
    let next: string | null = null;
    for (let i = 0; i < 20; i++) {
      const r: CrmListUsersQuery['users'] = (await ok(LIST_USERS, { f: { search: 'pager' }, first: 1, after: next })).users;
      paged.push(...r.edges.map((e) => e.node.name));
      if (!r.pageInfo.hasNextPage) break;
      next = r.pageInfo.endCursor;
    }
    expect(paged).toEqual(pagers);
    expect((await ok(COUNT_USERS, { f: { search: 'pager' } })).users.totalCount).toBe(pagers.length);
    expect(codeOf(await gql(LIST_USERS, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(LIST_USERS, { first: -1 }))).toBe('BAD_USER_INPUT');
  });

  it('lists organizations by name with a prefix filter and refuses a duplicate name', async () => {
    for (const n of ['Orgo Beta', 'Orgo Alpha', 'Orgo Gamma']) await ok(CREATE_ORG, { n });
    const r = (await ok(ORGS, { s: 'orgo', first: 2 })).organizations;
    expect(r.edges.map((e) => e.node.name)).toEqual(['Orgo Alpha', 'Orgo Beta']);
    expect(r.totalCount).toBe(3);
    const next = (await ok(ORGS, { s: 'orgo', first: 2, after: r.pageInfo.endCursor })).organizations;
    expect(next.edges.map((e) => e.node.name)).toEqual(['Orgo Gamma']);
    expect(codeOf(await gql(CREATE_ORG, { n: 'ORGO ALPHA' }))).toBe('CONFLICT');
    expect(codeOf(await gql(CREATE_ORG, { n: 'o'.repeat(201) }))).toBe('BAD_USER_INPUT');
  });

  it('answers a page in a constant number of statements, whatever the page size', async () => {
    const page = graphql(`
      query CrmStatementPage($first: Int) {
        users(first: $first) {
          edges {
            node {
              id
              primaryEmail
              emails {
                address
              }
              organization {
                name
              }
              usergroups {
                name
              }
              notes {
                text
              }
            }
          }
        }
      }
    `);
    for (let i = 0; i < 12; i++) await createUser(`Statement ${i}`);
    const count = async (first: number) => {
      const before = t.sql.count;
      await ok(page, { first });
      return t.sql.count - before;
    };
    expect(await count(10)).toBe(await count(2));
  });
});
