import { useQuery } from '@apollo/client/react';
import type { ImportKind } from '../../../components/csv-import/import-kind';
import { uploadCsv } from '../../../components/csv-import/upload-csv';
import { AGENT_IMPORT_QUERY, AGENT_IMPORT_ROWS_QUERY } from './csv-import.graphql';

/** The agent CSV import for the shared import screens: POST /imports/agents, agentImport(id). */
export const AGENT_IMPORT: ImportKind = {
  noun: 'agents',
  upload: (file, options) => uploadCsv('/imports/agents', file, options),
  useJob(id, pollMs) {
    const { data, error, stopPolling } = useQuery(AGENT_IMPORT_QUERY, {
      variables: { id: id ?? '' },
      skip: !id,
      fetchPolicy: 'network-only',
      pollInterval: pollMs,
    });
    return { job: data?.agentImport ?? null, error, stopPolling };
  },
  useRows(id, after) {
    const { data, previousData, error } = useQuery(AGENT_IMPORT_ROWS_QUERY, { variables: { id, after: after ?? '' }, skip: !after });
    return { connection: (data ?? previousData)?.agentImport?.rows, loaded: !!data, error };
  },
  errorsCsvUrl: (id) => `/imports/${encodeURIComponent(id)}/errors.csv`,
};
