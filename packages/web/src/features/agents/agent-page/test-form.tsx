// Unit tests' stand-in for the agent page around one tab: the page's form, its context and save bar.
import type { ReactNode } from 'react';
import { SaveBar } from './save-bar';
import { AgentFormContext, useAgentForm } from './use-agent-form';
import type { AgentDetails, PageCatalogs } from './agent-page-types';

export function TestForm({ agent, catalogs, children }: { agent: AgentDetails; catalogs?: PageCatalogs; children: ReactNode }) {
  const form = useAgentForm(agent);
  return (
    <AgentFormContext value={form}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        {children}
        <SaveBar form={form} catalogs={catalogs} />
      </form>
    </AgentFormContext>
  );
}
