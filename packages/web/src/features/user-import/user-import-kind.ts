import { useQuery } from '@apollo/client/react';
import type { ImportKind } from '../../components/csv-import/import-kind';
import { uploadCsv } from '../../components/csv-import/upload-csv';
import { USER_IMPORT_QUERY, USER_IMPORT_ROWS_QUERY } from './user-import.graphql';

/** The user CSV import for the shared import screens: POST /imports/users, userImport(id). */
export const USER_IMPORT: ImportKind = {
  noun: 'users',
  upload: (file, options) => uploadCsv('/imports/users', file, options),
  useJob(id, pollMs) {
    const { data, error, stopPolling } = useQuery(USER_IMPORT_QUERY, {
      variables: { id: id ?? '' },
      skip: !id,
      fetchPolicy: 'network-only',
      pollInterval: pollMs,
    });
    return { job: data?.userImport ?? null, error, stopPolling };
  },
  useRows(id, after) {
    const { data, previousData, error } = useQuery(USER_IMPORT_ROWS_QUERY, { variables: { id, after: after ?? '' }, skip: !after });
    return { connection: (data ?? previousData)?.userImport?.rows, loaded: !!data, error };
  },
  errorsCsvUrl: (id) => `/imports/users/${encodeURIComponent(id)}/errors.csv`,
};
