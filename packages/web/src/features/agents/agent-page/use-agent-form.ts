import { useToast } from '../../../components/toast';
import { createContext, use, useContext, useReducer } from 'react';
import { useMutation } from '@apollo/client/react';
import { toDisplayError } from '../../../lib/errors';
import { ViewerContext } from '../../auth/viewer-context';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import {
  fieldOfPath,
  formChanges,
  tabsWithErrors,
  toUpdateInput,
  validateForm,
  type AgentFormField,
  type AgentFormValues,
  type FormChanges,
  type FormTab,
} from './agent-form';
import { agentFormReducer, initAgentForm, type AgentFormState } from './agent-form-state';
import type { AgentDetails } from './agent-page-types';

/** What a tab's label says about it: errors from the last save, or edits not saved yet. */
export type TabMark = 'unsaved' | 'error';

export interface AgentForm extends Omit<AgentFormState, 'source' | 'draft'> {
  values: AgentFormValues;
  /** The form edits the viewer's own agent (changing the login email asks for the current password). */
  self: boolean;
  changes: FormChanges;
  /** Tabs holding a field error of the last save. */
  errorTabs: FormTab[];
  markOf: (tab: FormTab) => TabMark | undefined;
  set: <F extends AgentFormField>(field: F, value: AgentFormValues[F]) => void;
  /** A field's error fragment ("is required"), from the form's checks or the API. */
  errorOf: (field: AgentFormField) => string | undefined;
  /** Saves every change in one updateAgent; resolves to the tabs holding errors (none: saved). */
  save: () => Promise<FormTab[]>;
  discard: () => void;
}

/**
 * One form for the whole agent page: every tab edits a slice of the same values, changes are
 * counted against the loaded agent, and Save sends them all in one updateAgent (one transaction).
 */
export function useAgentForm(agent: AgentDetails): AgentForm {
  const [state, dispatch] = useReducer(agentFormReducer, agent, initAgentForm);
  const [mutate] = useMutation(UPDATE_AGENT_MUTATION);
  const toast = useToast();
  const self = use(ViewerContext)?.id === agent.id;
  // The cache holds a new agent (a save, Copy settings, Disable): untouched fields follow it.
  if (state.source !== agent && !state.saving) dispatch({ type: 'load', agent });
  const { source: _source, draft, ...rest } = state;

  async function save(): Promise<FormTab[]> {
    const invalid = validateForm(state.base, draft, self);
    if (Object.keys(invalid).length) {
      dispatch({ type: 'failed', error: { code: 'BAD_USER_INPUT', message: 'Not saved: some fields need a value.', fields: invalid } });
      return tabsWithErrors(invalid);
    }
    dispatch({ type: 'saving' });
    try {
      const { data } = await mutate({ variables: { id: agent.id, input: toUpdateInput(state.base, draft) } });
      dispatch({ type: 'saved', agent: data!.updateAgent });
      toast.success(`Changes to ${agent.name} saved.`);
      return [];
    } catch (caught) {
      const error = toDisplayError(caught);
      dispatch({ type: 'failed', error });
      return tabsWithErrors(error.fields);
    }
  }

  const changes = formChanges(state.base, draft);
  const errorTabs = tabsWithErrors(state.errors);
  return {
    ...rest,
    values: draft,
    self,
    changes,
    errorTabs,
    markOf: (tab) => (errorTabs.includes(tab) ? 'error' : changes.byTab[tab] ? 'unsaved' : undefined),
    set: (field, value) => dispatch({ type: 'edit', field, value }),
    errorOf: (field) => Object.entries(state.errors).find(([path]) => fieldOfPath(path) === field)?.[1],
    save,
    discard: () => dispatch({ type: 'discard' }),
  };
}

export const AgentFormContext = createContext<AgentForm | null>(null);

/** The page's form, for the tabs. */
export function useAgentFormContext(): AgentForm {
  const form = useContext(AgentFormContext);
  if (!form) throw new Error('useAgentFormContext needs an AgentFormContext provider (the agent page)');
  return form;
}
