import type { Messages } from '../../messages';
import type { customFields as en } from '../en/custom-fields';

export const customFields: Messages<typeof en> = {
  title: 'Benutzerfelder',
  what: 'Benutzerfelder',
  newTitle: 'Neues Benutzerfeld',
  create: 'Feld erstellen',
  listTitle: 'Alle Benutzerfelder',
  empty: 'Noch keine Benutzerfelder. Erstellen Sie oben das erste.',
  count_one: '{{count}} Benutzerfeld',
  count_other: '{{count}} Benutzerfelder',
  columns: { name: 'Name', type: 'Typ', options: 'Optionen', status: 'Status' },
  enabled: 'Aktiviert',
  disabled: 'Deaktiviert',
  moveUp: '{{name}} nach oben verschieben',
  moveDown: '{{name}} nach unten verschieben',
  editTitle: 'Benutzerfeld {{name}} bearbeiten',
  editItem: '{{name}} bearbeiten',
  saveField: 'Feld speichern',
  deleteTitle: 'Benutzerfeld {{name}} löschen?',
  deleteField: 'Feld löschen',
  deleteBody:
    'Der Wert dieses Felds wird bei allen Benutzern entfernt. Das Änderungsprotokoll jedes Benutzers behält den alten Wert. Dies kann nicht rückgängig gemacht werden.',
  types: { TEXT: 'Text', NUMBER: 'Zahl', DATE: 'Datum', DROPDOWN: 'Auswahlliste', CHECKBOX: 'Kontrollkästchen' },
  form: {
    name: 'Name',
    type: 'Typ',
    typeFixed: 'Der Typ eines Felds kann nicht geändert werden.',
    description: 'Beschreibung',
    descriptionHint: 'Optional: wird Agenten unter dem Feld angezeigt.',
    options: 'Optionen',
    enabled: 'Aktiviert (deaktivierte Felder behalten ihre Werte, aber Agenten sehen sie nicht)',
  },
  options: {
    legend: 'Optionen',
    hint: 'Eine umbenannte Option bleibt bei den Benutzern gesetzt; eine entfernte wird bei ihnen geleert.',
    option: 'Option {{n}}',
    optionError: 'Option {{n}} {{error}}',
    listError: 'Optionen {{error}}',
    remove: 'Option {{n}} entfernen',
    add: 'Option hinzufügen',
  },
};
