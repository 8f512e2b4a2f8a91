import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderRoutes } from '../../../test/apollo-router';
import { setLanguage } from '../../../i18n';
import { ADDRESS_MAP_URL_QUERY, CRM_SETTINGS_QUERY } from '../crm-settings.graphql';
import { CrmSettingsPanel } from './crm-settings-panel';

// The admin's CRM settings in German: the switch, its confirmation, the Teams link and the map link.
describe('CrmSettingsPanel in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('shows the settings and asks before turning team-scoped visibility on, in German', async () => {
    const settings = { __typename: 'CrmSettings' as const, teamScopedUserVisibility: false, updatedAt: null, updatedByName: null };
    renderRoutes([{ path: '/admin', element: <CrmSettingsPanel /> }], '/admin', [
      { request: { query: CRM_SETTINGS_QUERY }, result: { data: { crmSettings: settings } } },
      {
        request: { query: ADDRESS_MAP_URL_QUERY },
        result: {
          data: { crmSettings: { __typename: 'CrmSettings', addressMapUrl: 'https://www.openstreetmap.org/search?query={query}' } },
        },
      },
    ] as never);
    const toggle = await screen.findByRole('switch', { name: 'Agenten sehen nur Benutzer der Organisationen ihrer Teams' });
    expect(screen.getByRole('status')).toHaveTextContent('Nie geändert. Organisationen ordnen Sie auf der Seite Teams den Teams zu.');
    expect(screen.getByRole('link', { name: 'Teams' })).toHaveAttribute('href', '/teams');
    await userEvent.click(toggle);
    const dialog = await screen.findByRole('alertdialog', { name: 'Team-bezogene Sichtbarkeit einschalten?' });
    expect(dialog).toHaveTextContent('Benutzer ohne Organisation sind für sie ausgeblendet.');
    expect(screen.getByRole('button', { name: 'Einschalten' })).toBeInTheDocument();
  });
});
