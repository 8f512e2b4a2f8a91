import { describe, expect, it } from 'vitest';
import { newAgentDefaults, toCreateAgentInput } from './new-agent-values';
import { toAgentFilter } from './hooks/use-agent-filters';

describe('the new-agent form values', () => {
  it('make a full agent with All Permissions by default', () => {
    const input = toCreateAgentInput({ ...newAgentDefaults(), email: ' a@example.com ', name: 'Ann' });
    expect(input).toMatchObject({ type: 'FULL', email: 'a@example.com', permissionGroupIds: ['1'], isAdmin: false });
  });

  it('send the phone rows with their country codes, without blank rows', () => {
    const input = toCreateAgentInput({
      ...newAgentDefaults(),
      email: 'p@example.com',
      name: 'Pat',
      phones: [
        { key: 'a', label: 'MOBILE', country: 'GB', number: ' 07400 123456 ' },
        { key: 'b', label: 'WORK', country: 'DE', number: '  ' },
        { key: 'c', label: 'SMS', country: '', number: '+1 415 555 0142' },
      ],
    });
    expect(input.phones).toEqual([
      { label: 'MOBILE', country: 'GB', number: '07400 123456' },
      { label: 'SMS', country: null, number: '+1 415 555 0142' },
    ]);
    expect(input).not.toHaveProperty('phone');
    expect(toCreateAgentInput({ ...newAgentDefaults(), email: 'q@example.com', name: 'Q' }).phones).toEqual([]);
  });

  it('send a light agent without groups or admin access, whatever was ticked before the type changed', () => {
    const input = toCreateAgentInput({
      ...newAgentDefaults(),
      type: 'LIGHT',
      email: 'l@example.com',
      name: 'Lee',
      isAdmin: true,
      isReportsAdmin: true,
      teamIds: ['3'],
    });
    expect(input).toMatchObject({ type: 'LIGHT', permissionGroupIds: [], isAdmin: false, isReportsAdmin: false, teamIds: ['3'] });
  });
});

describe('the agents list type filter', () => {
  it('filters by type only when one is picked', () => {
    const base = { search: '', teamId: '', permissionGroupId: '', status: '', admin: '', businessUnitId: '' } as const;
    expect(toAgentFilter({ ...base, type: 'LIGHT' })).toEqual({ type: 'LIGHT' });
    expect(toAgentFilter({ ...base, type: '' })).toEqual({});
  });

  it('filters by business unit only when one is picked', () => {
    const base = { search: '', teamId: '', permissionGroupId: '', status: '', admin: '', type: '' } as const;
    expect(toAgentFilter({ ...base, businessUnitId: '7' })).toEqual({ businessUnitId: '7' });
    expect(toAgentFilter({ ...base, businessUnitId: '' })).toEqual({});
  });
});
