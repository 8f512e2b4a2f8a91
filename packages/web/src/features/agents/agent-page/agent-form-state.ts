// The agent page's form state as a reducer: the loaded agent's values (`base`), the admin's edits
// (`draft`), the field errors of the last save, and the save's progress.
import type { DisplayError } from '../../../lib/errors';
import { fieldOfPath, rebase, toFormValues, type AgentFormField, type AgentFormValues } from './agent-form';
import type { AgentDetails } from './agent-page-types';

export interface AgentFormState {
  /** The agent `base` was read from (a new object from the cache means the agent changed). */
  source: AgentDetails;
  base: AgentFormValues;
  draft: AgentFormValues;
  /** Field errors by input path (`input.email`): the form's own checks and the API's. */
  errors: Record<string, string>;
  /** The last save's error, for the save bar. */
  error: DisplayError | null;
  saving: boolean;
  /** True after a save, until the next edit. */
  saved: boolean;
}

export type AgentFormAction =
  | { type: 'edit'; field: AgentFormField; value: AgentFormValues[AgentFormField] }
  | { type: 'load'; agent: AgentDetails }
  | { type: 'discard' }
  | { type: 'saving' }
  | { type: 'saved'; agent: AgentDetails }
  | { type: 'failed'; error: DisplayError };

export function initAgentForm(agent: AgentDetails): AgentFormState {
  const values = toFormValues(agent);
  return { source: agent, base: values, draft: values, errors: {}, error: null, saving: false, saved: false };
}

const without = (errors: Record<string, string>, field: AgentFormField) =>
  Object.fromEntries(Object.entries(errors).filter(([path]) => fieldOfPath(path) !== field));

export function agentFormReducer(state: AgentFormState, action: AgentFormAction): AgentFormState {
  switch (action.type) {
    case 'edit':
      return {
        ...state,
        draft: { ...state.draft, [action.field]: action.value },
        errors: without(state.errors, action.field),
        saved: false,
      };
    case 'load': {
      if (action.agent === state.source) return state;
      const base = toFormValues(action.agent);
      return { ...state, source: action.agent, base, draft: rebase(state.base, base, state.draft) };
    }
    case 'discard':
      return { ...state, draft: state.base, errors: {}, error: null, saved: false };
    case 'saving':
      return { ...state, saving: true, saved: false, error: null };
    case 'saved':
      return { ...initAgentForm(action.agent), saved: true };
    case 'failed':
      return { ...state, saving: false, error: action.error, errors: action.error.fields };
  }
}
