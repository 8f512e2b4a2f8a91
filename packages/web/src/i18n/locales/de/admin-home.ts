import type { Messages } from '../../messages';
import type { adminHome as en } from '../en/admin-home';

export const adminHome: Messages<typeof en> = {
  title: 'Verwaltung',
  seats: 'Plätze',
  licenseDetails: 'Lizenzdetails',
  pendingInvitations: 'Offene Einladungen',
  invite: 'Agenten einladen',
  administrators: 'Administratoren',
  administratorsWhat: 'Administratoren',
  crm: 'Benutzer-CRM',
  security: 'Anmeldesicherheit',
  manage: 'Verwalten',
  counts: '{{agents}} insgesamt, davon {{admins}}.',
  agentCount_one: '{{count}} Agent',
  agentCount_other: '{{count}} Agenten',
  adminCount_one: '{{count}} Administrator',
  adminCount_other: '{{count}} Administratoren',
  seeAll: 'Alle Agenten anzeigen',
  disabled: 'Deaktiviert',
};
