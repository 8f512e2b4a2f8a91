export const outbox = {
  title: 'Outbox',
  what: 'the outbox',
  show: 'Show',
  status: {
    FAILED: 'Failed',
    PENDING: 'Waiting',
    SENT: 'Sent',
  },
  empty: {
    FAILED: 'No failed email: all mail went out',
    PENDING: 'No waiting email',
    SENT: 'No sent email',
  },
  caption: {
    FAILED_one: '{{count}} failed message (newest first, at most 100)',
    FAILED_other: '{{count}} failed messages (newest first, at most 100)',
    PENDING_one: '{{count}} waiting message (newest first, at most 100)',
    PENDING_other: '{{count}} waiting messages (newest first, at most 100)',
    SENT_one: '{{count}} sent message (newest first, at most 100)',
    SENT_other: '{{count}} sent messages (newest first, at most 100)',
  },
  column: {
    to: 'To',
    subject: 'Subject',
    queued: 'Queued',
    attempts: 'Attempts',
    sent: 'Sent',
    lastError: 'Last error',
    actions: 'Actions',
  },
  retry: {
    button: 'Retry',
    label: 'Retry email to {{address}}',
    title: 'Send “{{subject}}” to {{address}} again?',
    confirm: 'Retry',
    body: 'It goes back in the queue with a fresh set of attempts.',
  },
} as const;
