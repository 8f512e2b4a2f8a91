import { describe, expect, it } from 'vitest';
import { departmentsOf, draftChanges, draftInput, type DraftGroup } from './group-drafts';

const group: DraftGroup = {
  id: '7',
  permissions: ['tickets.reply'],
  departments: [
    { access: 'FULL', department: { id: '10' } },
    { access: 'ASSIGN', department: { id: '11' } },
  ],
};

describe('a permission group draft', () => {
  it('reads the group’s department access by department id', () => {
    expect(departmentsOf(group)).toEqual({ '10': 'FULL', '11': 'ASSIGN' });
  });

  it('counts each box ticked or unticked and each department whose level moved', () => {
    expect(draftChanges(group, undefined)).toBe(0);
    expect(draftChanges(group, { permissions: ['people.view'], departments: { '10': 'ASSIGN', '12': 'FULL' } })).toBe(5);
    // Back to what is saved: nothing.
    expect(draftChanges(group, { permissions: ['tickets.reply'], departments: { '11': 'ASSIGN', '10': 'FULL' } })).toBe(0);
  });

  it('sends only what changed: the permissions, the whole department access list, or both', () => {
    expect(draftInput(group, { departments: { '10': 'FULL' } })).toEqual({ departments: [{ departmentId: '10', access: 'FULL' }] });
    expect(draftInput(group, { permissions: ['tickets.reply', 'people.view'], departments: departmentsOf(group) })).toEqual({
      permissions: ['tickets.reply', 'people.view'],
    });
    expect(draftInput(group, { permissions: [], departments: {} })).toEqual({ permissions: [], departments: [] });
  });
});
