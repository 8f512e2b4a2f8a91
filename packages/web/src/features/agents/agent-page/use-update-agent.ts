import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { UpdateAgentInput } from '../../../gql/graphql';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';

export interface UpdateAgentState {
  /** Sends the change; resolves true when saved, false when the error is in `error`. */
  save: (input: UpdateAgentInput) => Promise<boolean>;
  saving: boolean;
  error: DisplayError | null;
  /** True after a successful save, until the next edit or save. */
  saved: boolean;
  clearStatus: () => void;
}

/** updateAgent for one agent, with the answer written to the cache (the tabs re-render from it). */
export function useUpdateAgent(id: string): UpdateAgentState {
  const [mutate, { loading }] = useMutation(UPDATE_AGENT_MUTATION);
  const [error, setError] = useState<DisplayError | null>(null);
  const [saved, setSaved] = useState(false);

  async function save(input: UpdateAgentInput): Promise<boolean> {
    setError(null);
    setSaved(false);
    try {
      await mutate({ variables: { id, input } });
      setSaved(true);
      return true;
    } catch (caught) {
      setError(toDisplayError(caught));
      return false;
    }
  }

  return {
    save,
    saving: loading,
    error,
    saved,
    clearStatus: () => {
      setSaved(false);
      setError(null);
    },
  };
}

/**
 * A local edit over a server value: `value` follows the server until the admin changes
 * something, and again after `reset` (call it once saved, the cache then holds the new value).
 */
export function useDraft<T>(serverValue: T) {
  const [draft, setDraft] = useState<{ value: T } | null>(null);
  return {
    value: draft ? draft.value : serverValue,
    dirty: draft !== null,
    set: (value: T) => setDraft({ value }),
    reset: () => setDraft(null),
  };
}
