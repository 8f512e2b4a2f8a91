import type { Messages } from '../../messages';
import type { preferences as en } from '../en/preferences';

export const preferences: Messages<typeof en> = {
  title: 'Einstellungen',
  loadingWhat: 'Ihre Einstellungen',
  profile: 'Profil',
  noProfileRight: 'Ihre Berechtigungen erlauben es nicht, Ihr eigenes Profil zu bearbeiten. Wenden Sie sich an einen Administrator.',
  saved: 'Ihre Einstellungen wurden gespeichert.',
  save: 'Einstellungen speichern',
  changePassword: 'Passwort ändern',
  fields: {
    alias: 'Alias',
    aliasHint: 'Wird Endbenutzern statt Ihres Namens angezeigt.',
    emailHint: 'Damit melden Sie sich an.',
    signature: 'Signatur',
    phones: 'Telefonnummern',
    phonesHint:
      'Wählen Sie das Land und geben Sie die Nummer so ein, wie man sie dort wählt (oder beginnen Sie mit +). SMS ist Ihre Nummer für Textnachrichten.',
  },
  signature: {
    hint: 'HTML wie <p>, <b>, <a href> und https-Bilder. Skripte, Stile und Tracking-Pixel werden beim Speichern entfernt.',
    preview: 'Vorschau, wie gespeichert (nach der Bereinigung):',
  },
  notifications: {
    title: 'Benachrichtigungen',
    managed: 'Ein Administrator verwaltet Ihre Ticket-Benachrichtigungen. Die übrigen können Sie weiterhin ändern.',
    ticket: 'Ticket-Benachrichtigungen',
    other: 'Weitere Benachrichtigungen',
    emailOf: '{{event}}: E-Mail',
    browserOf: '{{event}}: Browser',
  },
};
