import { patchResource } from './scim.patch';
import { SCIM } from './scim.resource';

// The providers' PATCH shapes, applied to a resource without a database.

const user = () => ({
  schemas: [SCIM.USER],
  id: '7',
  userName: 'ann@example.com',
  name: { formatted: 'Ann Lee', givenName: 'Ann', familyName: 'Lee' },
  active: true,
  emails: [{ value: 'ann@example.com', type: 'work', primary: true }],
  meta: { version: 'W/"x"' },
});
const group = () => ({
  schemas: [SCIM.GROUP],
  id: '3',
  displayName: 'Tier 1',
  members: [{ value: '1' }, { value: '2' }, { value: '3"x' }],
});
const body = (...Operations: object[]) => ({ schemas: [SCIM.PATCH], Operations });
const NAMES = ['userName', 'name', 'displayName', 'emails', 'active', 'externalId', 'members'];

test('path-less value objects become one operation per attribute (Okta, Entra ID), sub-attributes kept', () => {
  const out = patchResource(
    user(),
    body({ op: 'Replace', value: { ACTIVE: false, 'name.givenName': 'Jo', name: { familyName: 'Ray' }, id: '9' } }),
    NAMES,
  );
  expect(out).toMatchObject({ id: '7', active: false, name: { formatted: 'Ann Lee', givenName: 'Jo', familyName: 'Ray' } });
});

test('the original is left alone', () => {
  const before = user();
  patchResource(before, body({ op: 'replace', path: 'active', value: false }), NAMES);
  expect(before.active).toBe(true);
});

test('members removed by a value list or a filter, quotes in values included; removing from an empty list is done', () => {
  const g = patchResource(group(), body({ op: 'Remove', path: 'members', value: [{ value: '1' }, { value: '3"x' }] }), NAMES);
  expect(g.members).toEqual([{ value: '2' }]);
  const emptied = patchResource(
    g,
    body({ op: 'remove', path: 'members[value eq "2"]' }, { op: 'remove', path: 'members[value eq "2"]' }),
    NAMES,
  );
  expect(emptied.members ?? []).toEqual([]);
});

test.each([
  [{ op: 'replace', path: 'id', value: '1' }, 'mutability'],
  [{ op: 'replace', path: 'meta.version', value: '1' }, 'mutability'],
  [{ op: 'copy', path: 'active' }, 'invalidSyntax'],
  [{ op: 'remove' }, 'noTarget'],
  [{ op: 'add', value: 'not an object' }, 'invalidValue'],
  [{ op: 'add', path: 42, value: 1 }, 'invalidPath'],
])('%j is refused with %s', (op, scimType) => {
  expect(() => patchResource(user(), body(op), NAMES)).toThrow(
    expect.objectContaining({ details: expect.objectContaining({ status: 400, scimType }) }),
  );
});

test('a body without the PatchOp schema or operations is invalidSyntax', () => {
  for (const b of [{ Operations: [] }, { schemas: [SCIM.PATCH], Operations: [] }, null, []]) {
    expect(() => patchResource(user(), b, NAMES)).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ scimType: 'invalidSyntax' }) }),
    );
  }
});
