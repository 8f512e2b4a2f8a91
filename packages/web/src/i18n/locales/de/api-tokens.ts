import type { Messages } from '../../messages';
import type { apiTokens as en } from '../en/api-tokens';

export const apiTokens: Messages<typeof en> = {
  page: {
    title: 'API-Token',
    tokens: 'Token',
    what: 'Token',
    showRevoked: 'Widerrufene Token anzeigen',
    emptyAll: 'Noch keine Token',
    emptyActive: 'Keine aktiven Token',
    create: 'Token erstellen',
    caption_one: '{{count}} Token',
    caption_other: '{{count}} Token',
    newToken: 'Neues Token',
  },
  column: {
    name: 'Name',
    startsWith: 'Beginnt mit',
    scopes: 'Bereiche',
    created: 'Erstellt',
    lastUsed: 'Zuletzt verwendet',
    expires: 'Läuft ab',
  },
  never: 'Nie',
  revokedAt: 'Widerrufen {{date}}',
  expiredAt: 'Abgelaufen {{date}}',
  revoke: {
    button: 'Widerrufen',
    label: '{{name}} widerrufen',
    title: 'Token {{name}} widerrufen?',
    confirm: 'Token widerrufen',
    body: 'Jede Integration, die es verwendet, funktioniert sofort nicht mehr. Das lässt sich nicht rückgängig machen; erstellen Sie stattdessen ein neues Token.',
  },
  form: {
    name: 'Name',
    nameHint: 'Wofür es verwendet wird, z. B. „Abrechnungsabgleich“.',
    expiresOn: 'Läuft ab am',
    expiresOnHint: 'Optional: Das Token funktioniert nach diesem Tag nicht mehr. Leer: Es funktioniert bis zum Widerruf.',
    scopes: 'Bereiche',
    required: 'ist erforderlich',
    notPast: 'muss heute oder später sein',
    atLeastOne: 'brauchen mindestens einen Eintrag',
    scopesError: 'Bereiche {{error}}',
    create: 'Token erstellen',
    creating: 'Wird erstellt…',
    created:
      '<strong>Token „{{name}}“ erstellt.</strong> Kopieren Sie es jetzt: Es wird nur einmal angezeigt. Senden Sie es als <code>Authorization: Bearer &lt;token&gt;</code>.',
    copy: 'Token kopieren',
  },
  scope: {
    agentsRead: { label: 'Agenten lesen', hint: 'Agenten, Teams, Abteilungen, Einladungen und die Lizenz' },
    agentsWrite: {
      label: 'Agenten schreiben',
      hint: 'Agenten, Teams und Abteilungen erstellen, einladen und bearbeiten (inklusive Lesen)',
    },
    usersRead: { label: 'Benutzer lesen', hint: 'CRM-Benutzer und Organisationen' },
    usersWrite: { label: 'Benutzer schreiben', hint: 'CRM-Benutzer erstellen und bearbeiten (inklusive Lesen)' },
    auditRead: {
      label: 'Audit-Protokoll lesen',
      hint: 'Administrative Änderungen und Sicherheitsereignisse (der Agent des Tokens muss Administrator sein)',
    },
    scim: {
      label: 'SCIM-Bereitstellung',
      hint: 'Der Identitätsanbieter erstellt, ändert und entfernt Agenten und Teams (/scim/v2; nur Administratoren)',
    },
  },
};
