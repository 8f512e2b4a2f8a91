import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoutes, viewer } from '../../../test/apollo-router';
import { ViewerContext } from '../../auth/viewer-context';
import { agentOptionsMock } from '../../../test/agent-options';
import { setLanguage } from '../../../i18n';
import { NewAgentForm } from './new-agent-form';
import { BulkToolbar } from '../bulk-actions/bulk-toolbar';

// The agents screens in German: the agent's language picks the SPA's.
describe('the agents screens in German', () => {
  beforeEach(async () => {
    await setLanguage('de');
  });
  afterEach(async () => {
    await setLanguage('en');
  });

  it('shows the new-agent form in German, with its checks and the phone rows', async () => {
    const element = (
      <ViewerContext value={viewer({ isAdmin: true })}>
        <NewAgentForm onCreated={vi.fn()} />
      </ViewerContext>
    );
    renderRoutes([{ path: '/agents/new', element }], '/agents/new', [agentOptionsMock()]);
    expect(screen.getByRole('heading', { name: 'Zeitzone und Sprache' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Erste Schritte' })).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Willkommens-E-Mail senden' })).toBeChecked();
    expect(screen.getByRole('switch', { name: 'Administratorzugriff' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Agententyp' })).toHaveTextContent('Light-Agent');
    expect(screen.getByRole('region', { name: 'Telefonnummern' })).toBeInTheDocument();
    const groups = screen.getByRole('group', { name: 'Berechtigungsgruppen' });
    // Built-in groups by their German names.
    await vi.waitFor(() => expect(groups).toHaveTextContent(/Alle Berechtigungen\s*\(integriert\)/));
    expect(screen.getByRole('group', { name: 'Profilbild' })).toHaveAccessibleDescription(/Keines: Die Initialen werden angezeigt/);
    expect(screen.getByRole('switch', { name: 'Willkommens-E-Mail senden' })).toHaveAccessibleDescription(/Anmeldedaten/);

    await userEvent.click(screen.getByRole('button', { name: 'Agent anlegen' }));
    expect(screen.getByRole('textbox', { name: 'E-Mail' })).toHaveAccessibleDescription(/E-Mail ist erforderlich/);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/Name ist erforderlich/);
    expect(screen.getByRole('link', { name: 'Abbrechen' })).toHaveAttribute('href', '/agents');
  });

  it('counts the selection and words the bulk actions in German', () => {
    renderRoutes(
      [{ path: '/agents', element: <BulkToolbar selectedIds={['1', '2', '3']} onClear={vi.fn()} onDone={vi.fn()} /> }],
      '/agents',
      [],
    );
    const toolbar = screen.getByRole('toolbar', { name: 'Massenaktionen' });
    expect(within(toolbar).getByText('3 ausgewählt')).toBeInTheDocument();
    expect(within(toolbar).getByRole('button', { name: 'Deaktivieren' })).toBeInTheDocument();
    expect(within(toolbar).getByRole('button', { name: 'Auswahl aufheben' })).toBeInTheDocument();
  });
});
