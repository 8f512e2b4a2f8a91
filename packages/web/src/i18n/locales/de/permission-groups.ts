import type { Messages } from '../../messages';
import type { permissionGroups as en } from '../en/permission-groups';

export const permissionGroups: Messages<typeof en> = {
  page: {
    title: 'Berechtigungsgruppen',
    what: 'Berechtigungsgruppen',
    newGroup: 'Neue Gruppe',
    newGroupTitle: 'Neue Berechtigungsgruppe',
    newGroupDescription: 'Benennen Sie die Gruppe; ihre Berechtigungen haken Sie nach dem Erstellen in der Matrix an.',
    created: '{{name}} erstellt. Haken Sie die Berechtigungen in der Matrix an und speichern Sie.',
    matrixTitle: 'Gruppen und ihre Berechtigungen',
    departmentAccess: 'Abteilungszugriff',
    unsavedChangesTo: 'Ungespeicherte Änderungen an {{names}}',
    unsavedChanges_one: '{{count}} ungespeicherte Änderung',
    unsavedChanges_other: '{{count}} ungespeicherte Änderungen',
    discard: 'Änderungen verwerfen',
    save: 'Änderungen speichern',
    saving: 'Wird gespeichert…',
    saved_one: 'Die Änderungen an {{count}} Gruppe wurden gespeichert.',
    saved_other: 'Die Änderungen an {{count}} Gruppen wurden gespeichert.',
  },
  matrix: {
    caption: 'Berechtigungen jeder Gruppe',
    permission: 'Berechtigung',
    builtIn: 'Integriert',
    granted: '{{granted}} von {{total}}',
    builtInReadOnly: 'Integrierte Gruppen lassen sich nicht ändern; kopieren Sie eine, um sie anzupassen.',
    cell: '{{row}}: {{group}}',
  },
  departments: {
    none: 'Noch keine Abteilungen.',
    caption: 'Abteilungszugriff jeder Gruppe',
    department: 'Abteilung',
    level: {
      NONE: 'Keiner',
      ASSIGN: 'Zuweisen',
      FULL: 'Voll',
    },
  },
  actions: {
    rename: 'Umbenennen',
    renameLabel: '{{name}} umbenennen',
    renameTitle: 'Gruppe {{name}} umbenennen',
    renamed: 'Die Gruppe heißt jetzt {{name}}.',
    copy: 'Kopieren',
    copyLabel: '{{name}} kopieren',
    copyTitle: 'Gruppe {{name}} kopieren',
    copyDescription: 'Die Kopie beginnt mit den Berechtigungen und dem Abteilungszugriff dieser Gruppe.',
    copied: '{{name}} als Kopie von {{source}} erstellt.',
    delete: 'Löschen',
    deleteLabel: '{{name}} löschen',
    deleteTitle: 'Gruppe {{name}} löschen?',
    deleteConfirm: 'Gruppe löschen',
    deleted: '{{name}} gelöscht.',
  },
  deleteConsequence: {
    unknown: 'Die Agenten dieser Gruppe verlieren, was sie gewährt (ihre Änderungsprotokolle halten es fest). Die Agenten selbst bleiben.',
    counting: 'Agenten in dieser Gruppe werden gezählt…',
    none: 'Kein Agent ist in dieser Gruppe.',
    members_one:
      '{{count}} Agent ist in dieser Gruppe und verliert, was sie gewährt (sein Änderungsprotokoll hält es fest). Der Agent selbst bleibt.',
    members_other:
      '{{count}} Agenten sind in dieser Gruppe und verlieren, was sie gewährt (ihre Änderungsprotokolle halten es fest). Die Agenten selbst bleiben.',
  },
  form: {
    name: 'Gruppenname',
    startFrom: 'Ausgangsgruppe',
    startFromHint:
      'Die neue Gruppe erhält die Berechtigungen und den Abteilungszugriff dieser Gruppe; ändern Sie sie danach in der Matrix.',
    noPermissions: 'Keine Berechtigungen',
    copyOf: 'Kopie von {{name}}',
    create: 'Gruppe erstellen',
    creating: 'Wird erstellt…',
    required: 'ist erforderlich',
  },
};
