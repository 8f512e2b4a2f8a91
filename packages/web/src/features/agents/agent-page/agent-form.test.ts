import { describe, expect, it } from 'vitest';
import { formChanges, itemErrors, tabsWithErrors, toFormValues, toUpdateInput, type AgentFormValues } from './agent-form';
import { agentFormReducer, initAgentForm } from './agent-form-state';
import { agentDetails } from './test-data';

const notifications = [
  { __typename: 'NotificationSetting' as const, event: 'ticket.new', email: true, browser: true },
  { __typename: 'NotificationSetting' as const, event: 'ticket.assigned_to_me', email: true, browser: false },
];
const loaded = agentDetails({
  name: 'Pat Perms',
  alias: 'Pat',
  permissions: ['chat.use'],
  permissionGroups: [{ id: '1' }],
  teams: [{ id: '3' }],
  departments: [{ access: 'ASSIGN', department: { id: '10' } }],
  ticketNotifications: notifications,
});
const base = toFormValues(loaded);
const edit = (over: Partial<AgentFormValues>): AgentFormValues => ({ ...base, ...over });

describe('agent form changes', () => {
  it('has none for the loaded agent', () => {
    expect(formChanges(base, toFormValues(loaded)).total).toBe(0);
  });

  it('counts each tab the way an admin counts: a text, a switch, each box, each department, each notification switch', () => {
    const draft = edit({
      name: 'Pat Q. Perms',
      alias: '',
      isAdmin: true,
      permissions: ['people.view'],
      teamIds: ['3', '4'],
      departments: { '10': 'FULL', '11': 'ASSIGN' },
      ticketNotifications: { ...base.ticketNotifications, 'ticket.new': { email: false, browser: false } },
    });
    const { byTab, total, fields } = formChanges(base, draft);
    expect(byTab).toEqual({
      profile: 2,
      // admin access, chat.use unticked, people.view ticked
      permissions: 3,
      groups: 0,
      teams: 1,
      departments: 2,
      'ticket-notifications': 2,
      'other-notifications': 0,
    });
    expect(total).toBe(10);
    expect(fields).toEqual(['name', 'alias', 'isAdmin', 'permissions', 'teamIds', 'departments', 'ticketNotifications']);
  });

  it('counts nothing for an edit undone, or the same ids in another order', () => {
    const draft = edit({ name: 'Pat Perms', teamIds: ['3'], permissions: ['chat.use'], permissionGroupIds: ['1'] });
    expect(formChanges(base, { ...draft, teamIds: [...draft.teamIds] }).total).toBe(0);
    const twoTeams = toFormValues(agentDetails({ teams: [{ id: '3' }, { id: '4' }] }));
    expect(formChanges(twoTeams, { ...twoTeams, teamIds: ['4', '3'] }).total).toBe(0);
  });
});

describe('extra email addresses', () => {
  const withExtras = toFormValues(agentDetails({ extraEmails: ['pat.one@example.com', 'pat.two@example.com'] }));

  it('count each address added or removed as one change of the Profile tab', () => {
    const draft = { ...withExtras, extraEmails: ['pat.two@example.com', 'pat.three@example.com', 'pat.four@example.com'] };
    expect(formChanges(withExtras, draft)).toMatchObject({ total: 3, fields: ['extraEmails'], byTab: { profile: 3 } });
  });

  it('replace the whole list in the input, in the order shown', () => {
    const draft = { ...withExtras, extraEmails: ['pat.two@example.com', 'pat.three@example.com'] };
    expect(toUpdateInput(withExtras, draft)).toEqual({ extraEmails: ['pat.two@example.com', 'pat.three@example.com'] });
    expect(toUpdateInput(withExtras, { ...withExtras, extraEmails: [] })).toEqual({ extraEmails: [] });
  });

  it('take their errors by item (input.extraEmails.1), on the Profile tab', () => {
    const errors = {
      'input.extraEmails.1': 'is already used by another agent',
      'input.extraEmails': 'has too many items',
      'input.email': 'x',
    };
    expect(itemErrors(errors, 'extraEmails')).toEqual({ 1: 'is already used by another agent' });
    expect(tabsWithErrors({ 'input.extraEmails.1': 'is already used by another agent' })).toEqual(['profile']);
  });
});

describe('the one updateAgent input', () => {
  it('holds only the changed fields: trimmed texts, cleared optional ones as null, whole lists, changed events only', () => {
    const draft = edit({
      name: '  Pat Q. Perms ',
      alias: ' ',
      isReportsAdmin: true,
      teamIds: ['3', '4'],
      departments: { '11': 'FULL' },
      ticketNotifications: { ...base.ticketNotifications, 'ticket.assigned_to_me': { email: true, browser: true } },
    });
    expect(toUpdateInput(base, draft)).toEqual({
      name: 'Pat Q. Perms',
      alias: null,
      isReportsAdmin: true,
      teamIds: ['3', '4'],
      departments: [{ departmentId: '11', access: 'FULL' }],
      ticketNotifications: [{ event: 'ticket.assigned_to_me', email: true, browser: true }],
    });
    expect(toUpdateInput(base, base)).toEqual({});
  });
});

describe('field errors', () => {
  it('belong to the tabs that hold their fields, in tab order; others to none', () => {
    expect(
      tabsWithErrors({ 'input.teamIds.2': 'is not a team', 'input.email': 'is taken', 'input.isAdmin': 'is required', id: 'is unknown' }),
    ).toEqual(['profile', 'permissions', 'teams']);
  });
});

describe('agentFormReducer', () => {
  it('keeps the admin edits when the agent changes elsewhere, and lets untouched fields follow', () => {
    let state = agentFormReducer(initAgentForm(loaded), { type: 'edit', field: 'teamIds', value: ['3', '4'] });
    // Copy settings gave the agent other teams and groups meanwhile.
    const copied = agentDetails({ ...loaded, teams: [{ id: '5' }], permissionGroups: [{ id: '2' }] });
    state = agentFormReducer(state, { type: 'load', agent: copied });
    expect(state.draft.teamIds).toEqual(['3', '4']);
    expect(state.draft.permissionGroupIds).toEqual(['2']);
    expect(formChanges(state.base, state.draft).byTab).toMatchObject({ teams: 3, groups: 0 });
  });

  it('clears a field error when that field is edited, and only that one', () => {
    let state = agentFormReducer(initAgentForm(loaded), {
      type: 'failed',
      error: { code: 'BAD_USER_INPUT', message: 'Invalid', fields: { 'input.email': 'is taken', 'input.teamIds.0': 'is not a team' } },
    });
    state = agentFormReducer(state, { type: 'edit', field: 'email', value: 'new@example.com' });
    expect(state.errors).toEqual({ 'input.teamIds.0': 'is not a team' });
  });

  it('starts again from the saved agent after a save, and from the loaded one after Discard', () => {
    const edited = agentFormReducer(initAgentForm(loaded), { type: 'edit', field: 'name', value: 'Renamed ' });
    const saved = agentFormReducer(agentFormReducer(edited, { type: 'saving' }), { type: 'saved', agent: { ...loaded, name: 'Renamed' } });
    expect(saved).toMatchObject({ saving: false, saved: true, errors: {} });
    expect(formChanges(saved.base, saved.draft).total).toBe(0);
    expect(saved.draft.name).toBe('Renamed');

    const discarded = agentFormReducer(edited, { type: 'discard' });
    expect(discarded.draft).toBe(discarded.base);
    expect(discarded.draft.name).toBe('Pat Perms');
  });
});
