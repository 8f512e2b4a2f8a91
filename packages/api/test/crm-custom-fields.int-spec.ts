import { CREATE_TOKEN } from './helpers/access-fixtures';
import { CF_CREATE, CF_DELETE, CF_LIST, CF_REORDER, CF_SET, CF_UPDATE, CF_USER, CF_USERS_PAGE } from './helpers/custom-field-fixtures';
import { CREATE_USER, crmHelpers, DELETE_USER, fieldsOf, MERGE, uniqueEmail, UNDO_MERGE } from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import type { UserCustomFieldType } from './gql/graphql';

const T = { Text: 'TEXT', Number: 'NUMBER', Date: 'DATE', Dropdown: 'DROPDOWN', Checkbox: 'CHECKBOX' } as const;

// User custom fields: admin-defined definitions (who may define and read them), typed values on
// users (canonical text, field errors naming input.customFields.<i>.value), their change log, and
// what merges, undo and deletes do with values. Runs on MariaDB with TEST_DATABASE_URL=mysql://...

describe('user custom fields', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const admin = crmHelpers(() => t);
  const as = (who: string) =>
    crmHelpers(
      () => t,
      () => tokens[who],
    );
  const run = Date.now().toString(36);
  const field = async (name: string, type: UserCustomFieldType, extra: { options?: string[]; description?: string } = {}) =>
    (await admin.ok(CF_CREATE, { i: { name: `${name} ${run}`, type, ...extra } })).createUserCustomField;
  const values = async (id: string) =>
    Object.fromEntries((await admin.ok(CF_USER, { id })).user!.customFields.map((v) => [v.field.name.replace(` ${run}`, ''), v.value]));

  beforeAll(async () => {
    t = await startTestApp();
    const agent = async (key: string, permissions: string[]) =>
      (tokens[key] = (
        await t.createAgent({ email: `${key}-${run}@agents.example`, name: key, permissionGroupIds: [], permissions }, 'agent-password-1')
      ).token);
    await agent('viewer', ['people.view']);
    await agent('editor', ['people.view', 'people.edit']);
    await agent('nothing', []);
    const token = async (key: string, scopes: string[]) =>
      (tokens[key] = (await t.ok(CREATE_TOKEN, { n: `${key}-${run}`, s: scopes }, { token: t.adminToken })).createApiToken.token);
    await token('read', ['users:read']);
    await token('write', ['users:write']);
    await token('agentsWrite', ['agents:read', 'agents:write']);
  });
  afterAll(() => t.close());

  it('defines fields of each type: unique names ignoring case, options only on dropdowns', async () => {
    const plan = await field('Plan', T.Dropdown, { options: [' Free ', 'Pro', 'Enterprise'], description: 'Their subscription' });
    expect(plan).toMatchObject({
      type: 'DROPDOWN',
      options: ['Free', 'Pro', 'Enterprise'],
      description: 'Their subscription',
      enabled: true,
    });
    const seats = await field('Seats', T.Number);
    expect(seats.position).toBeGreaterThan(plan.position);
    const dup = await admin.gql(CF_CREATE, { i: { name: `PLAN ${run}`, type: T.Text } });
    expect(codeOf(dup)).toBe('CONFLICT');
    expect(fieldsOf(dup)).toEqual({ 'input.name': 'is already used by another user field' });
    const bad = await admin.gql(CF_CREATE, { i: { name: ' ', type: T.Dropdown, options: ['A', 'a', ''] } });
    expect(fieldsOf(bad)).toEqual({
      'input.name': 'must not be empty',
      'input.options.1': 'is listed twice',
      'input.options.2': 'must not be empty',
    });
    expect(fieldsOf(await admin.gql(CF_CREATE, { i: { name: `NoOpts ${run}`, type: T.Dropdown } }))).toEqual({
      'input.options': 'must have at least one option',
    });
    expect(fieldsOf(await admin.gql(CF_CREATE, { i: { name: `TextOpts ${run}`, type: T.Text, options: ['x'] } }))).toEqual({
      'input.options': 'are only for dropdown fields',
    });
    expect(fieldsOf(await admin.gql(CF_CREATE, { i: { name: 'x'.repeat(81), type: T.Text } }))['input.name']).toMatch(/80 characters/);
    const renamed = (await admin.ok(CF_UPDATE, { id: seats.id, i: { name: `Seat count ${run}`, description: 'Licensed seats' } }))
      .updateUserCustomField;
    expect(renamed).toMatchObject({ name: `Seat count ${run}`, description: 'Licensed seats', type: 'NUMBER' });
    const list = (await admin.ok(CF_LIST)).userCustomFields.map((f) => f.id);
    expect(list.indexOf(plan.id)).toBeLessThan(list.indexOf(seats.id));
    expect(codeOf(await admin.gql(CF_UPDATE, { id: '999999', i: { name: 'x' } }))).toBe('NOT_FOUND');

    // Reordering names every field once; the record then lists them in that order.
    const reversed = [...list].reverse();
    const reordered = (await admin.ok(CF_REORDER, { ids: reversed })).reorderUserCustomFields;
    expect(reordered.map((f) => f.id)).toEqual(reversed);
    expect(reordered.map((f) => f.position)).toEqual(reversed.map((_, i) => i));
    expect(fieldsOf(await admin.gql(CF_REORDER, { ids: reversed.slice(1) }))).toEqual({ ids: 'must list every user field once' });
    expect(fieldsOf(await admin.gql(CF_REORDER, { ids: [...reversed, reversed[0]] }))).toEqual({ ids: 'must list every user field once' });
    await admin.ok(CF_REORDER, { ids: list });
  });

  it('lets only admins define fields; agents with people.view and users:read tokens read them', async () => {
    const f = await field('Guarded', T.Text);
    const create = (who: string) => as(who).gql(CF_CREATE, { i: { name: `By ${who} ${run}`, type: T.Text } });
    for (const who of ['viewer', 'editor', 'read', 'agentsWrite'])
      expect({ who, code: codeOf(await create(who)) }).toEqual({ who, code: 'FORBIDDEN' });
    expect(codeOf(await as('editor').gql(CF_UPDATE, { id: f.id, i: { name: 'Hijacked' } }))).toBe('FORBIDDEN');
    expect(codeOf(await as('editor').gql(CF_DELETE, { id: f.id }))).toBe('FORBIDDEN');
    expect(codeOf(await as('editor').gql(CF_REORDER, { ids: [f.id] }))).toBe('FORBIDDEN');
    expect(codeOf(await as('nothing').gql(CF_LIST))).toBe('FORBIDDEN');
    expect(codeOf(await as('agentsWrite').gql(CF_LIST))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CF_LIST))).toBe('UNAUTHENTICATED');
    for (const who of ['viewer', 'read']) expect((await as(who).ok(CF_LIST)).userCustomFields.map((x) => x.id)).toContain(f.id);
    // An admin's users:write token acts as the admin.
    expect((await create('write')).data?.createUserCustomField.name).toBe(`By write ${run}`);
  });

  it('stores canonical typed values, names each bad one, and logs each change', async () => {
    const [text, num, date, plan, box] = [
      await field('Note', T.Text),
      await field('Score', T.Number),
      await field('Renewal', T.Date),
      await field('Tier', T.Dropdown, { options: ['Gold', 'Silver'] }),
      await field('VIP', T.Checkbox),
    ];
    const user = await admin.createUser('Typed Values', { customFields: [{ fieldId: text.id, value: '  hello  ' }] });
    expect(await values(user.id)).toEqual({ Note: 'hello' });
    const set = (i: { fieldId: string; value?: string | null }[], who = admin) => who.gql(CF_SET, { id: user.id, i: { customFields: i } });
    const ok = await set([
      { fieldId: num.id, value: '+007.50' },
      { fieldId: date.id, value: '2027-02-28' },
      { fieldId: plan.id, value: 'gold' },
      { fieldId: box.id, value: 'TRUE' },
    ]);
    expect(ok.errors).toBeUndefined();
    expect(await values(user.id)).toEqual({ Note: 'hello', Score: '7.5', Renewal: '2027-02-28', Tier: 'Gold', VIP: 'true' });

    const bad = await set([
      { fieldId: num.id, value: '1e5' },
      { fieldId: date.id, value: '2027-02-29' },
      { fieldId: plan.id, value: 'Bronze' },
      { fieldId: box.id, value: 'maybe' },
      { fieldId: text.id, value: 'x'.repeat(2001) },
      { fieldId: '999999', value: 'x' },
      { fieldId: 'abc', value: 'x' },
      { fieldId: num.id, value: '1' },
    ]);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(bad)).toEqual({
      'input.customFields.0.value': expect.stringMatching(/must be a number/),
      'input.customFields.1.value': 'must be a date as YYYY-MM-DD',
      'input.customFields.2.value': "must be one of the field's options (Gold, Silver)",
      'input.customFields.3.value': 'must be true or false',
      'input.customFields.4.value': 'must be at most 2000 characters',
      'input.customFields.5.fieldId': 'is not a custom field',
      'input.customFields.6.fieldId': 'is not a valid id',
      'input.customFields.7.fieldId': 'is given twice',
    });
    // Lists are capped before anything runs: 100 values in one update, 200 options.
    const many = await set(Array.from({ length: 101 }, () => ({ fieldId: text.id, value: 'x' })));
    expect(fieldsOf(many)).toEqual({ 'input.customFields': 'must have at most 100 items (got 101)' });
    const options = Array.from({ length: 201 }, (_, i) => `o${i}`);
    expect(fieldsOf(await admin.gql(CF_CREATE, { i: { name: `Many ${run}`, type: T.Dropdown, options } }))).toEqual({
      'input.options': 'must have at most 200 items (got 201)',
    });
    // Nothing of a refused input is written.
    expect((await values(user.id)).Score).toBe('7.5');
    expect(fieldsOf(await set([{ fieldId: num.id, value: '1234567890123456' }]))['input.customFields.0.value']).toMatch(/15 digits/);

    // null and blank clear; the same value again changes nothing.
    const before = (await admin.log(user.id)).length;
    await set([
      { fieldId: text.id, value: null },
      { fieldId: num.id, value: ' ' },
      { fieldId: plan.id, value: 'Gold' },
      { fieldId: box.id, value: 'no' },
    ]);
    expect(await values(user.id)).toEqual({ Renewal: '2027-02-28', Tier: 'Gold', VIP: 'false' });
    const log = (await admin.log(user.id)).slice(0, (await admin.log(user.id)).length - before);
    expect(log.map((e) => [e.field, e.oldValue, e.newValue]).sort()).toEqual(
      [
        [`custom:Note ${run}`, 'hello', null],
        [`custom:Score ${run}`, '7.5', null],
        [`custom:VIP ${run}`, 'true', 'false'],
      ].sort(),
    );

    // A disabled field is neither shown nor written; enabling shows the kept value again.
    await admin.ok(CF_UPDATE, { id: date.id, i: { enabled: false } });
    expect((await values(user.id)).Renewal).toBeUndefined();
    expect(fieldsOf(await set([{ fieldId: date.id, value: '2030-01-01' }]))).toEqual({
      'input.customFields.0.fieldId': `names the disabled field Renewal ${run}`,
    });
    await admin.ok(CF_UPDATE, { id: date.id, i: { enabled: true } });
    expect((await values(user.id)).Renewal).toBe('2027-02-28');

    // people.edit is needed to set values.
    expect(codeOf(await set([{ fieldId: text.id, value: 'x' }], as('viewer')))).toBe('FORBIDDEN');
    expect((await set([{ fieldId: text.id, value: 'by editor' }], as('editor'))).errors).toBeUndefined();
  });

  it('renames dropdown options on users, clears removed ones, and deleting a field clears every value (logged)', async () => {
    const size = await field('Size', T.Dropdown, { options: ['S', 'M', 'L'] });
    const [a, b, c] = [await admin.createUser('Opt A'), await admin.createUser('Opt B'), await admin.createUser('Opt C')];
    for (const [u, v] of [
      [a, 'S'],
      [b, 'M'],
      [c, 'L'],
    ] as const)
      await admin.ok(CF_SET, { id: u.id, i: { customFields: [{ fieldId: size.id, value: v }] } });
    const bad = await admin.gql(CF_UPDATE, { id: size.id, i: { options: ['Small'], renamedOptions: [{ from: 'X', to: 'Large' }] } });
    expect(fieldsOf(bad)).toEqual({
      'input.renamedOptions.0.from': 'is not an option of this field',
      'input.renamedOptions.0.to': 'must be one of the new options',
    });
    const swap = await admin.gql(CF_UPDATE, {
      id: size.id,
      i: {
        options: ['M', 'S', 'L'],
        renamedOptions: [
          { from: 'S', to: 'M' },
          { from: 'M', to: 'S' },
        ],
      },
    });
    expect(fieldsOf(swap)['input.renamedOptions.0.to']).toBe('is already an option: rename that one first');
    const updated = await admin.ok(CF_UPDATE, {
      id: size.id,
      i: { options: ['Small', 'L'], renamedOptions: [{ from: 'S', to: 'Small' }] },
    });
    expect(updated.updateUserCustomField.options).toEqual(['Small', 'L']);
    expect(await values(a.id)).toEqual({ Size: 'Small' });
    expect(await values(b.id)).toEqual({});
    expect((await admin.log(b.id))[0]).toMatchObject({ field: `custom:Size ${run}`, oldValue: 'M', newValue: null });

    expect((await admin.ok(CF_DELETE, { id: size.id })).deleteUserCustomField).toBe(true);
    expect(await values(c.id)).toEqual({});
    expect((await admin.log(c.id))[0]).toMatchObject({ field: `custom:Size ${run}`, oldValue: 'L', newValue: null });
    expect((await admin.ok(CF_LIST)).userCustomFields.map((f) => f.id)).not.toContain(size.id);
    expect(codeOf(await admin.gql(CF_DELETE, { id: size.id }))).toBe('NOT_FOUND');
  });

  it('merges fill the target’s empty fields, undo takes them back, and users with values can be deleted', async () => {
    const [color, level] = [await field('Color', T.Text), await field('Level', T.Number)];
    const target = await admin.createUser('CF Target', { customFields: [{ fieldId: color.id, value: 'blue' }] });
    const source = await admin.createUser('CF Source', {
      customFields: [
        { fieldId: color.id, value: 'red' },
        { fieldId: level.id, value: '3' },
      ],
    });
    const merged = (await admin.ok(MERGE, { t: target.id, s: source.id })).mergeUsers;
    expect(await values(target.id)).toEqual({ Color: 'blue', Level: '3' });
    expect((await admin.log(target.id)).map((e) => e.field)).toContain(`custom:Level ${run}`);
    await admin.ok(UNDO_MERGE, { m: merged.merges[0].id });
    expect(await values(target.id)).toEqual({ Color: 'blue' });
    expect(await values(source.id)).toEqual({ Color: 'red', Level: '3' });

    // A value changed after the merge stays with the target on undo.
    const again = (await admin.ok(MERGE, { t: target.id, s: source.id })).mergeUsers;
    await admin.ok(CF_SET, { id: target.id, i: { customFields: [{ fieldId: level.id, value: '4' }] } });
    await admin.ok(UNDO_MERGE, { m: again.merges[0].id });
    expect(await values(target.id)).toEqual({ Color: 'blue', Level: '4' });

    // Deleting users with values (and one merged into another) leaves no orphan rows behind.
    const third = await admin.createUser('CF Third', { customFields: [{ fieldId: level.id, value: '9' }] });
    await admin.ok(MERGE, { t: source.id, s: third.id });
    expect((await admin.ok(DELETE_USER, { id: source.id })).deleteUser).toBe(true);
    expect((await admin.ok(DELETE_USER, { id: target.id })).deleteUser).toBe(true);
    const rows = await t.roster.ds.query('SELECT COUNT(*) AS n FROM user_custom_value WHERE user_id IN (?, ?, ?)', [
      Number(source.id),
      Number(target.id),
      Number(third.id),
    ]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('a field deleted while agents set it and two agents editing one user at once end with no orphan or lost write', async () => {
    const users = [await admin.createUser('Race CF A'), await admin.createUser('Race CF B'), await admin.createUser('Race CF C')];
    for (let round = 0; round < 3; round++) {
      const f = await field(`Racing ${round}`, T.Text);
      const results = await Promise.all([
        ...users.map((u) => admin.gql(CF_SET, { id: u.id, i: { customFields: [{ fieldId: f.id, value: `v${round}` }] } })),
        admin.gql(CF_DELETE, { id: f.id }),
      ]);
      // A write that lost the race names the field as gone; none fails inside.
      for (const r of results) expect(codeOf(r) ?? 'OK').toMatch(/^(OK|BAD_USER_INPUT)$/);
      const rows = await t.roster.ds.query('SELECT COUNT(*) AS n FROM user_custom_value WHERE field_id = ?', [Number(f.id)]);
      expect(Number(rows[0].n)).toBe(0);
    }
    const [x, y] = [await field('Left', T.Text), await field('Right', T.Number)];
    const u = users[0];
    await Promise.all([
      admin.ok(CF_SET, { id: u.id, i: { customFields: [{ fieldId: x.id, value: 'left' }] } }),
      admin.ok(CF_SET, { id: u.id, i: { customFields: [{ fieldId: y.id, value: '2' }] } }),
    ]);
    expect(await values(u.id)).toMatchObject({ Left: 'left', Right: '2' });
  });

  it('reads a page of users with their values in a fixed number of statements', async () => {
    const f = await field('Page', T.Text);
    for (let i = 0; i < 5; i++)
      await admin.ok(CREATE_USER, {
        i: { name: `Paged ${i}`, emails: [uniqueEmail('paged')], customFields: [{ fieldId: f.id, value: `v${i}` }] },
      });
    const count = async (first: number) => {
      const before = t.sql.count;
      await admin.ok(CF_USERS_PAGE, { first });
      return t.sql.count - before;
    };
    expect(await count(20)).toBe(await count(2));
  });
});
