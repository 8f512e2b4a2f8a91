export const businessUnits = {
  list: {
    caption_one: '{{count}} business unit',
    caption_other: '{{count}} business units',
    nameLabel: 'Business unit name',
    renameTitle: 'Rename business unit {{name}}',
    deleteTitle: 'Delete business unit {{name}}?',
    deleteLabel: 'Delete business unit',
  },
  page: {
    title: 'Business units',
    allUnits: 'All business units',
    what: 'business units',
    empty: 'No business units yet',
    create: 'Create a business unit',
    agents: 'Agents',
    agentCount_one: '{{count}} agent',
    agentCount_other: '{{count}} agents',
    newUnit: 'New business unit',
    unitName: 'Business unit name',
    createUnit: 'Create business unit',
    created: 'Business unit {{name}} created.',
  },
  deleteConsequence: {
    none: 'No agent is in {{name}}.',
    lose_one: '{{count}} agent loses the business unit {{name}}.',
    lose_other: '{{count}} agents lose the business unit {{name}}.',
  },
  deleted: {
    plain: 'Business unit {{name}} deleted.',
    cleared_one: 'Business unit {{name}} deleted; {{count}} agent no longer has it.',
    cleared_other: 'Business unit {{name}} deleted; {{count}} agents no longer have it.',
  },
  select: {
    label: 'Business unit',
    none: 'None',
  },
} as const;
