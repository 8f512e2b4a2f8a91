import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { setLanguage } from '../../../i18n';
import { preferencesAgent } from '../preferences.test-fixtures';
import { PreferencesForm } from './preferences-form';

const agent = preferencesAgent({ effectivePermissions: ['profile.edit_own'], otherNotifications: [], language: 'de' });

describe('PreferencesForm in German', () => {
  afterEach(async () => {
    await setLanguage('en');
  });

  it('labels, hints, languages and its own validation speak German', async () => {
    await setLanguage('de');
    const user = userEvent.setup();
    renderRoutes([{ path: '/preferences', element: <PreferencesForm agent={agent} catalog={[]} /> }], '/preferences', []);
    expect(screen.getByRole('heading', { level: 2, name: 'Profil' })).toBeInTheDocument();
    expect(screen.getByLabelText('E-Mail')).toHaveAccessibleDescription('Damit melden Sie sich an.');
    expect(screen.getByRole('combobox', { name: 'Zeitzone' })).toBeInTheDocument();
    // The language names are German too, the tag as it is stored.
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('Deutsch (de)');
    expect(screen.getByRole('link', { name: 'Passwort ändern' })).toHaveAttribute('href', '/change-password');

    await user.clear(screen.getByLabelText('Name'));
    await user.click(screen.getByRole('button', { name: 'Einstellungen speichern' }));
    expect(await screen.findByText('Name ist erforderlich')).toBeInTheDocument();
  });

  it('names notification events in German, as the agent page does', async () => {
    await setLanguage('de');
    const catalog = [
      { key: 'ticket.new', label: 'New ticket in my departments', category: 'TICKET' as const, defaultEmail: true, defaultBrowser: false },
    ];
    renderRoutes([{ path: '/preferences', element: <PreferencesForm agent={agent} catalog={catalog} /> }], '/preferences', []);
    expect(screen.getByRole('rowheader', { name: 'Neues Ticket in meinen Abteilungen' })).toBeInTheDocument();
    expect(screen.queryByText('New ticket in my departments')).not.toBeInTheDocument();
  });
});
