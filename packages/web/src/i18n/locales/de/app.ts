import type { Messages } from '../../messages';
import type { app as en } from '../en/app';

export const app: Messages<typeof en> = {
  skipToContent: 'Zum Inhalt springen',
  menu: 'Menü',
  mainNavigation: 'Hauptnavigation',
  administration: 'Verwaltung',
  adminBadge: 'Admin',
  changePassword: 'Passwort ändern',
  nav: {
    home: 'Start',
    users: 'Benutzer',
    agents: 'Agenten',
    preferences: 'Einstellungen',
    adminHome: 'Verwaltung – Start',
    invitations: 'Einladungen',
    permissionGroups: 'Berechtigungsgruppen',
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
