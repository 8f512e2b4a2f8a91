import type { Messages } from '../../messages';
import type { permissions as en } from '../en/permissions';

export const permissions: Messages<typeof en> = {
  names: {
    tickets: {
      view_unassigned: 'Nicht zugewiesene Tickets anzeigen',
      view_others: 'Tickets anderer Agenten anzeigen',
      reply: 'Auf Tickets antworten',
      assign: 'Tickets zuweisen',
      edit_fields: 'Ticketfelder bearbeiten',
      merge: 'Tickets zusammenführen',
      delete_own: 'Eigene Tickets löschen und als Spam markieren',
      delete_team: 'Team-Tickets löschen und als Spam markieren',
      delete_messages: 'Nachrichten und Anhänge löschen',
    },
    people: {
      view: 'Benutzer anzeigen',
      create: 'Benutzer erstellen',
      edit: 'Benutzer bearbeiten',
      merge: 'Benutzer zusammenführen',
      delete: 'Benutzer löschen',
      manage_organizations: 'Organisationen verwalten',
      delete_organizations: 'Organisationen löschen',
      manage_usergroups: 'Benutzergruppen verwalten',
      add_notes: 'Notizen hinzufügen',
    },
    chat: {
      use: 'Chat verwenden',
      transfer: 'Chats weiterleiten',
    },
    kb: {
      create: 'Artikel erstellen',
      edit: 'Artikel bearbeiten',
      publish: 'Artikel veröffentlichen',
      delete: 'Artikel löschen',
    },
    profile: {
      edit_own: 'Eigenes Profil bearbeiten',
      edit_own_ticket_notifications: 'Eigene Ticket-Benachrichtigungen bearbeiten',
    },
  },
  category: {
    tickets: 'Tickets',
    people: 'Personen',
    chat: 'Chat',
    knowledgeBase: 'Wissensdatenbank',
    profile: 'Profil',
  },
  builtInGroups: {
    '1': 'Alle Berechtigungen',
    '2': 'Alle nicht destruktiven Berechtigungen',
  },
  destructive: 'Destruktiv',
  destructiveHint: 'Löscht Informationen endgültig',
};
