import type { Messages } from '../../messages';
import type { crmSettings as en } from '../en/crm-settings';

export const crmSettings: Messages<typeof en> = {
  what: 'CRM-Einstellungen',
  teamScoped: {
    label: 'Agenten sehen nur Benutzer der Organisationen ihrer Teams',
    hint: 'Administratoren sehen weiterhin alle Benutzer. Benutzer ohne Organisation sind für andere Agenten ausgeblendet.',
    confirmTitle: 'Team-bezogene Sichtbarkeit einschalten?',
    confirmLabel: 'Einschalten',
    confirmBody: 'Ab sofort sieht jeder Agent, der kein Administrator ist, nur die Benutzer der Organisationen seiner Teams.',
    confirmHidden: 'Benutzer ohne Organisation sind für sie ausgeblendet.',
  },
  lastChanged: 'Zuletzt geändert von {{name}}, {{when}}.',
  neverChanged: 'Nie geändert.',
  assignTeams: 'Organisationen ordnen Sie auf der Seite <to>Teams</to> den Teams zu.',
  map: {
    label: 'Kartenlink für Adressen',
    hint: 'Eine https-Adresse mit {query} an der Stelle der Postanschrift des Benutzers. Roster lädt selbst keine Karte.',
    save: 'Kartenlink speichern',
    useDefault: 'OpenStreetMap verwenden',
    saved: 'Adressen verlinken jetzt auf {{url}}.',
    theMap: 'die Karte',
  },
};
