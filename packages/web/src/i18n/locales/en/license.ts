export const license = {
  meter: {
    label: 'Seats used',
    used: '{{used}} of {{seats}} seats used',
    agents_one: '{{count}} agent',
    agents_other: '{{count}} agents',
    pending_one: '{{count}} pending invitation',
    pending_other: '{{count}} pending invitations',
    noneLeft: 'No seats left.',
    available_one: '{{count}} seat available.',
    available_other: '{{count}} seats available.',
  },
  limit: {
    title: 'Every seat is in use.',
    body: 'Upgrade your license or delete an agent no longer in use before you invite or add anyone else. Revoking a pending invitation frees its seat too.',
  },
  page: {
    title: 'License',
    what: 'the license',
    seats: 'Seats',
    edition: 'Edition',
    editions: {
      cloud: 'Cloud',
      onPremise: 'On-premise (seats are sold in batches of 10)',
    },
    seatsFull: 'Seats (full agents)',
    inUse: 'In use',
    available: 'Available',
    change:
      'To change the number of seats, set <code>LICENSE_SEATS</code> on the server and restart it. To free a seat now, <to>revoke a pending invitation</to> or delete an agent no longer in use.',
  },
  light: {
    title: 'Light agents',
    intro: 'Light agents use no seat: they browse and search the CRM, read records and add notes.',
    count: 'Light agents',
    allowed: 'Allowed',
    available: 'Available',
    unlimited: 'Unlimited',
    limit: 'To limit them, set <code>LICENSE_LIGHT_SEATS</code> on the server and restart it.',
  },
} as const;
