import type { Messages } from '../../messages';
import type { businessUnits as en } from '../en/business-units';

export const businessUnits: Messages<typeof en> = {
  list: {
    caption_one: '{{count}} Geschäftsbereich',
    caption_other: '{{count}} Geschäftsbereiche',
    nameLabel: 'Name des Geschäftsbereichs',
    renameTitle: 'Geschäftsbereich {{name}} umbenennen',
    deleteTitle: 'Geschäftsbereich {{name}} löschen?',
    deleteLabel: 'Geschäftsbereich löschen',
  },
  page: {
    title: 'Geschäftsbereiche',
    allUnits: 'Alle Geschäftsbereiche',
    what: 'Geschäftsbereiche',
    empty: 'Noch keine Geschäftsbereiche',
    create: 'Geschäftsbereich erstellen',
    agents: 'Agenten',
    agentCount_one: '{{count}} Agent',
    agentCount_other: '{{count}} Agenten',
    newUnit: 'Neuer Geschäftsbereich',
    unitName: 'Name des Geschäftsbereichs',
    createUnit: 'Geschäftsbereich erstellen',
    created: 'Geschäftsbereich {{name}} erstellt.',
  },
  deleteConsequence: {
    none: 'Kein Agent ist in {{name}}.',
    lose_one: '{{count}} Agent verliert den Geschäftsbereich {{name}}.',
    lose_other: '{{count}} Agenten verlieren den Geschäftsbereich {{name}}.',
  },
  deleted: {
    plain: 'Geschäftsbereich {{name}} gelöscht.',
    cleared_one: 'Geschäftsbereich {{name}} gelöscht; {{count}} Agent hat ihn nicht mehr.',
    cleared_other: 'Geschäftsbereich {{name}} gelöscht; {{count}} Agenten haben ihn nicht mehr.',
  },
  select: {
    label: 'Geschäftsbereich',
    none: 'Keiner',
  },
};
