import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../i18n';
import { ChecklistTab } from './checklist-tab';
import { fieldLabel, formatLogValue } from './change-log-format';
import { NotificationsTab } from './notifications-tab';
import { PermissionsTab } from './permissions-tab';
import { agentDetails, catalogs } from './test-data';
import { TestForm } from './test-form';

const withEvents = {
  ...catalogs,
  notificationCatalog: [
    { key: 'ticket.new', label: 'New ticket in my departments', category: 'TICKET' as const },
    // An event the SPA has no words for yet reads as the API names it.
    { key: 'ticket.escalated', label: 'Ticket escalated', category: 'TICKET' as const },
  ],
};

function renderIn(children: ReactNode, over: Parameters<typeof agentDetails>[0] = {}) {
  render(
    <MockedProvider mocks={[]}>
      <TestForm agent={agentDetails(over)}>{children}</TestForm>
    </MockedProvider>,
  );
}

// The agent page's tabs in German: the agent's language picks the SPA's.
describe('the agent page tabs in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('shows permissions, categories, built-in groups and the effective result in German', () => {
    renderIn(<PermissionsTab catalogs={catalogs} readOnly isViewer={false} />, {
      permissionGroups: [{ id: '1' }],
      permissions: ['chat.use'],
    });
    expect(screen.getByTestId('effective-summary')).toHaveTextContent('4 von 4 Berechtigungen erteilt');
    expect(screen.getByText(/Gruppen: Alle Berechtigungen/)).toBeInTheDocument();
    const tickets = screen.getByRole('table', { name: 'Tickets' });
    expect(within(tickets).getByRole('columnheader', { name: 'Berechtigung' })).toBeInTheDocument();
    const reply = within(tickets).getByRole('row', { name: /Auf Tickets antworten/ });
    expect(reply).toHaveTextContent('Alle Berechtigungen');
    expect(reply).toHaveTextContent('Erteilt');
    expect(screen.getByRole('table', { name: 'Personen' })).toBeInTheDocument();
  });

  it('shows notification events by their German names, the API words for an unknown one', () => {
    renderIn(<NotificationsTab catalogs={withEvents} readOnly={false} category="TICKET" />);
    expect(screen.getByRole('switch', { name: 'Agent darf eigene Ticket-Benachrichtigungen bearbeiten' })).toBeChecked();
    expect(screen.getByRole('rowheader', { name: 'Neues Ticket in meinen Abteilungen' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Neues Ticket in meinen Abteilungen: E-Mail' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'Ticket escalated' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Ereignis' })).toBeInTheDocument();
  });

  it('counts the ticked boxes of a checklist in German', () => {
    renderIn(
      <ChecklistTab
        legend="Teams"
        items={[
          { id: '1', label: 'Support' },
          { id: '2', label: 'Sales' },
        ]}
        field="teamIds"
        readOnly={false}
        empty="-"
      />,
      { teams: [{ __typename: 'Team', id: '2' }] },
    );
    expect(screen.getByRole('group', { name: /Teams/ })).toHaveTextContent('(1 von 2 ausgewählt)');
  });

  it('names change-log fields and values in German', () => {
    expect(fieldLabel('businessUnit')).toBe('Geschäftsbereich');
    expect(fieldLabel('avatar')).toBe('Profilbild');
    expect(fieldLabel('someNewField')).toBe('Some new field');
    const catalog = { ...catalogs, departments: [{ id: '2', name: 'Billing' }] };
    expect(formatLogValue('departments', '2:FULL', catalog)).toBe('Billing: Voll');
    expect(formatLogValue('permissionGroups', '1, 7', catalog)).toBe('Alle Berechtigungen, Front line');
  });
});
