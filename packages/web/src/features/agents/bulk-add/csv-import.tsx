import { CsvImportPanel } from '../../../components/csv-import/csv-import-panel';
import { Trans, useTranslation } from 'react-i18next';
import { agentsCsvUrl } from '../components/export-agents-link';
import { AGENT_IMPORT } from './agent-import-kind';

/** Upload a CSV file of agents: a dry-run preview of every row first, then the import with its progress and summary. */
export function CsvImport() {
  const { t } = useTranslation('agents');
  return (
    <CsvImportPanel
      kind={AGENT_IMPORT}
      intro={
        <p>
          <Trans
            i18nKey="bulkAdd.csvIntro"
            t={t}
            components={{
              sample: <a href="/imports/agents/template.csv" download />,
              export: <a href={agentsCsvUrl()} download="agents.csv" />,
            }}
          />
        </p>
      }
    />
  );
}
