import { CsvImportPanel } from '../../../components/csv-import/csv-import-panel';
import { ExportAgentsLink } from '../components/export-agents-link';
import { AGENT_IMPORT } from './agent-import-kind';

/** Upload a CSV file of agents: a dry-run preview of every row first, then the import with its progress and summary. */
export function CsvImport() {
  return (
    <CsvImportPanel
      kind={AGENT_IMPORT}
      intro={
        <p>
          One agent per row with Email, Name and Permission Groups, and optionally Teams, Admin, Reports, Notifications and Signature.
          Preview the file to see what each row would do before anything is written.{' '}
          <a href="/imports/agents/template.csv" download>
            Download the CSV template
          </a>{' '}
          or <ExportAgentsLink inline /> to edit them in a spreadsheet and upload the file again (choose to update existing agents).
        </p>
      }
    />
  );
}
