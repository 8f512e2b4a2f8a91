import { useMutation } from '@apollo/client/react';
import type { BulkUpdateAgentsInput } from '../../../gql/graphql';
import { BULK_UPDATE_AGENTS_MUTATION } from './bulk-actions.graphql';

/**
 * bulkUpdateAgents on the given agents; the list fetches again (rows may leave a filtered list)
 * before `onDone` gets its sentence. A failure is thrown to the caller, which shows it.
 */
export function useBulkUpdate(ids: readonly string[], onDone: (message: string) => void) {
  const [mutate, { loading }] = useMutation(BULK_UPDATE_AGENTS_MUTATION, {
    refetchQueries: ['AgentsPage'],
    awaitRefetchQueries: true,
  });
  async function run(input: BulkUpdateAgentsInput, message: string) {
    await mutate({ variables: { ids: [...ids], input } });
    onDone(message);
  }
  return { run, loading };
}
