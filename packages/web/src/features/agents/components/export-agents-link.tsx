import type { AgentFilter } from '../../../gql/graphql';
import { useTranslation } from 'react-i18next';

/** The API's CSV export (the import's columns): GET with the session cookie, saved as a file. */
export const AGENTS_CSV_URL = '/exports/agents.csv';

/** The export of the agents `filter` matches: its fields go as query parameters (the API reads them as an AgentFilter). */
export function agentsCsvUrl(filter: AgentFilter = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${AGENTS_CSV_URL}?${query}` : AGENTS_CSV_URL;
}

/** A plain download link: the browser sends the session cookie and saves agents.csv (of the agents `filter` matches). */
export function ExportAgentsLink({ inline = false, filter }: { inline?: boolean; filter?: AgentFilter }) {
  const { t } = useTranslation('agents');
  const href = agentsCsvUrl(filter);
  return inline ? (
    <a href={href} download="agents.csv">
      {t('list.exportInline')}
    </a>
  ) : (
    <a href={href} download="agents.csv" className="button button-secondary">
      {filter && Object.keys(filter).length ? t('list.exportCsvFiltered') : t('list.exportCsv')}
    </a>
  );
}
