import type { Messages } from '../../messages';
import type { home as en } from '../en/home';

export const home: Messages<typeof en> = {
  documentTitle: 'Start',
  welcome: 'Willkommen, {{name}}',
  adminLink: 'Verwaltung: Plätze, Einladungen, Teams und mehr',
  preferencesLink: 'Ihre Einstellungen',
  agentsTitle: 'Agenten',
  agentsFooter: '<to>Öffnen Sie die Agentenliste</to>, um Agenten zu suchen, zu filtern und zu öffnen.',
};
