import type { Messages } from '../../messages';
import type { outbox as en } from '../en/outbox';

export const outbox: Messages<typeof en> = {
  title: 'Postausgang',
  what: 'E-Mails im Postausgang',
  show: 'Anzeigen',
  status: {
    FAILED: 'Fehlgeschlagen',
    PENDING: 'Wartend',
    SENT: 'Gesendet',
  },
  empty: {
    FAILED: 'Keine fehlgeschlagenen E-Mails: alle Nachrichten wurden versendet',
    PENDING: 'Keine wartenden E-Mails',
    SENT: 'Keine gesendeten E-Mails',
  },
  caption: {
    FAILED_one: '{{count}} fehlgeschlagene Nachricht (neueste zuerst, höchstens 100)',
    FAILED_other: '{{count}} fehlgeschlagene Nachrichten (neueste zuerst, höchstens 100)',
    PENDING_one: '{{count}} wartende Nachricht (neueste zuerst, höchstens 100)',
    PENDING_other: '{{count}} wartende Nachrichten (neueste zuerst, höchstens 100)',
    SENT_one: '{{count}} gesendete Nachricht (neueste zuerst, höchstens 100)',
    SENT_other: '{{count}} gesendete Nachrichten (neueste zuerst, höchstens 100)',
  },
  column: {
    to: 'An',
    subject: 'Betreff',
    queued: 'Eingereiht',
    attempts: 'Versuche',
    sent: 'Gesendet',
    lastError: 'Letzter Fehler',
    actions: 'Aktionen',
  },
  retry: {
    button: 'Erneut senden',
    label: 'E-Mail an {{address}} erneut senden',
    title: '„{{subject}}“ erneut an {{address}} senden?',
    confirm: 'Erneut senden',
    body: 'Sie kommt mit neuen Zustellversuchen zurück in die Warteschlange.',
  },
};
