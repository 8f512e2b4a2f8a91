import { describe, expect, it } from 'vitest';
import { rightsOf, toFormValues, toInput } from './preferences-form-values';
import { preferencesAgent } from './preferences.test-fixtures';

const catalog = [
  { key: 'ticket.new', label: 'New ticket', category: 'TICKET' as const, defaultEmail: true, defaultBrowser: true },
  { key: 'task.due', label: 'Task due', category: 'OTHER' as const, defaultEmail: true, defaultBrowser: false },
];

const agent = preferencesAgent;

describe('preferences form values', () => {
  it('overlays stored switches on the catalogue defaults', () => {
    const values = toFormValues(agent(), catalog);
    expect(values.ticketNotifications).toEqual([{ event: 'ticket.new', label: 'New ticket', email: true, browser: true }]);
    expect(values.otherNotifications).toEqual([{ event: 'task.due', label: 'Task due', email: false, browser: true }]);
  });

  it('sends everything when allowed, empty optional fields as null', () => {
    const a = agent();
    const input = toInput({ ...toFormValues(a, catalog), alias: '  ' }, rightsOf(a), a.email);
    expect(input).toMatchObject({ name: 'Ann', alias: null, phones: [], timezone: 'UTC' });
    expect(input.ticketNotifications).toEqual([{ event: 'ticket.new', email: true, browser: true }]);
  });

  it('leaves out what the agent may not change (the API refuses the whole request otherwise)', () => {
    const a = agent({ canEditOwnTicketNotifications: false, effectivePermissions: [] });
    const input = toInput(toFormValues(a, catalog), rightsOf(a), a.email);
    expect(Object.keys(input)).toEqual(['otherNotifications']);
  });

  it('sends the current password only with a new login email', () => {
    const a = agent();
    const values = { ...toFormValues(a, catalog), currentPassword: 'secret-password' };
    expect(toInput(values, rightsOf(a), a.email)).not.toHaveProperty('currentPassword');
    expect(toInput({ ...values, email: ' ANN@example.com ' }, rightsOf(a), a.email)).not.toHaveProperty('currentPassword');
    expect(toInput({ ...values, email: 'ann.new@example.com' }, rightsOf(a), a.email)).toMatchObject({
      email: 'ann.new@example.com',
      currentPassword: 'secret-password',
    });
  });

  it('admins may change everything', () => {
    expect(rightsOf(agent({ isAdmin: true, effectivePermissions: [], canEditOwnTicketNotifications: false }))).toEqual({
      profile: true,
      ticketNotifications: true,
    });
  });
});
