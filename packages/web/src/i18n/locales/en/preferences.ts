export const preferences = {
  title: 'Preferences',
  loadingWhat: 'your preferences',
  profile: 'Profile',
  noProfileRight: 'Your permissions do not include editing your own profile. Ask an administrator.',
  saved: 'Your preferences have been saved.',
  save: 'Save preferences',
  changePassword: 'Change your password',
  fields: {
    alias: 'Alias',
    aliasHint: 'Shown to end users instead of your name.',
    emailHint: 'You sign in with it.',
    signature: 'Signature',
    phones: 'Phones',
    phonesHint: 'Pick the country, then type the number as dialled there (or start it with +). SMS is your number for text messages.',
  },
  signature: {
    hint: 'HTML such as <p>, <b>, <a href> and https images. Scripts, styles and tracking pixels are removed when you save.',
    preview: 'Preview, as saved (after cleaning):',
  },
  notifications: {
    title: 'Notifications',
    managed: 'An administrator manages your ticket notifications. You can still change the others.',
    ticket: 'Ticket notifications',
    other: 'Other notifications',
    emailOf: '{{event}}: email',
    browserOf: '{{event}}: browser',
  },
} as const;
