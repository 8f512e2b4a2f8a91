import type { Messages } from '../../messages';
import type { userImport as en } from '../en/user-import';

export const userImport: Messages<typeof en> = {
  title: 'Benutzer importieren und exportieren',
  users: 'Benutzer',
  newUser: 'Neuer Benutzer',
  noAccess:
    'Zum Importieren und Exportieren von Benutzern sind die Berechtigungen „Benutzer anzeigen“ und „Benutzer erstellen“ nötig. Bitten Sie einen Ihrer Administratoren darum.',
  exportTitle: 'Export',
  exportBody:
    'Alle Benutzer, die Sie sehen können, einer pro Zeile, in den Spalten, die der Import liest: Bearbeiten Sie die Datei und importieren Sie sie erneut, um die Benutzer zu aktualisieren.',
  exportCsv: 'CSV exportieren',
  intro:
    'Ein Benutzer pro Zeile mit Name und Email (mehrere Adressen durch <code>;</code> getrennt, die erste ist die primäre) sowie optional Organization, Usergroups, Phone, Website, Twitter, LinkedIn, Facebook, Address, Timezone, Language, Summary und Auto Responder (Yes oder No). Vorhandene Benutzer werden anhand ihrer E-Mail-Adressen erkannt. Sehen Sie sich in der Vorschau an, was jede Zeile bewirken würde, bevor etwas geschrieben wird. <template>CSV-Vorlage herunterladen</template>.',
};
