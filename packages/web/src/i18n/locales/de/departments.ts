import type { Messages } from '../../messages';
import type { departments as en } from '../en/departments';

export const departments: Messages<typeof en> = {
  list: {
    caption_one: '{{count}} Abteilung',
    caption_other: '{{count}} Abteilungen',
    nameLabel: 'Name der Abteilung',
    renameTitle: 'Abteilung {{name}} umbenennen',
    deleteTitle: 'Abteilung {{name}} löschen?',
    deleteLabel: 'Abteilung löschen',
  },
  page: {
    title: 'Abteilungen',
    allDepartments: 'Alle Abteilungen',
    what: 'Abteilungen',
    empty: 'Noch keine Abteilungen',
    create: 'Abteilung erstellen',
    newDepartment: 'Neue Abteilung',
    departmentName: 'Name der Abteilung',
    createDepartment: 'Abteilung erstellen',
    created: 'Abteilung {{name}} erstellt.',
  },
  deleteConsequence: {
    none: 'Kein Agent und keine Berechtigungsgruppe hat Zugriff auf {{name}}.',
    agents_one: '{{count}} Agent',
    agents_other: '{{count}} Agenten',
    groups_one: '{{count}} Berechtigungsgruppe',
    groups_other: '{{count}} Berechtigungsgruppen',
    both: '{{agents}} und {{groups}}',
    lose_one: '{{holders}} verliert den Zugriff auf {{name}}.',
    lose_other: '{{holders}} verlieren den Zugriff auf {{name}}.',
  },
  accessHelp: {
    topic: 'Abteilungszugriff',
    levels:
      '<strong>Voll</strong>: Tickets der Abteilung sehen und bearbeiten. <strong>Zuweisen</strong>: darf der Abteilung Tickets zuweisen, ohne sie danach zu sehen.',
    sources: 'Agenten erhalten ihn direkt oder über ihre Berechtigungsgruppen, je nachdem, was höher ist.',
  },
};
