import type { Messages } from '../../messages';
import type { app as en } from '../en/app';

export const app: Messages<typeof en> = {
  skipToContent: 'Zum Inhalt springen',
  menu: 'Menü',
  mainNavigation: 'Hauptnavigation',
  administration: 'Verwaltung',
  adminBadge: 'Admin',
  changePassword: 'Passwort ändern',
  notFound: {
    title: 'Seite nicht gefunden',
    body: 'Unter dieser Adresse gibt es nichts. <to>Zur Agentenliste</to>.',
  },
  adminOnly: {
    documentTitle: 'Administratorzugriff erforderlich',
    title: 'Sie benötigen Administratorzugriff',
    body: 'Diese Seite ist für Helpdesk-Administratoren. Wenn Sie sie benötigen, bitten Sie einen Ihrer Administratoren, Ihnen Administratorzugriff zu geben.',
    toAgents: 'Zur Agentenliste',
  },
  nav: {
    home: 'Start',
    users: 'Benutzer',
    agents: 'Agenten',
    preferences: 'Einstellungen',
    adminHome: 'Übersicht',
    invitations: 'Einladungen',
    // A soft hyphen: the bold active entry breaks as "Berechtigungs-/gruppen" in the 14rem sidebar.
    permissionGroups: 'Berechtigungs\u00adgruppen',
    teams: 'Teams',
    departments: 'Abteilungen',
    businessUnits: 'Geschäftsbereiche',
    userFields: 'Benutzerfelder',
    apiTokens: 'API-Token',
    license: 'Lizenz',
    singleSignOn: 'Single Sign-on',
    audit: 'Audit-Protokoll',
    outbox: 'Postausgang',
    changePassword: 'Passwort ändern',
  },
};
