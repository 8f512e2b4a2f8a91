import type { Messages } from '../../messages';
import type { sessions as en } from '../en/sessions';

export const sessions: Messages<typeof en> = {
  title: 'Sitzungen',
  loadingWhat: 'Ihre Sitzungen',
  browser: 'Browser',
  thisBrowser: 'Dieser Browser',
  ip: 'IP-Adresse',
  signedIn: 'Angemeldet',
  lastActive: 'Zuletzt aktiv',
  signOut: 'Abmelden',
  signOutLabel: '{{browser}} abmelden, angemeldet am {{date}}',
  signedOut: '{{browser}} abgemeldet.',
  signOutOthers: 'Andere Sitzungen abmelden',
  signedOutOthers_one: '{{count}} andere Sitzung abgemeldet.',
  signedOutOthers_other: '{{count}} andere Sitzungen abgemeldet.',
};
