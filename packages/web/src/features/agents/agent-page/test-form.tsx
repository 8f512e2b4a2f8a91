// Unit tests' stand-in for the agent page around one tab: the page's form, its context, save bar and toasts.
import type { ReactNode } from 'react';
import { ToastProvider } from '../../../components/toast';
import { SaveBar } from './save-bar';
import { AgentFormContext, useAgentForm } from './use-agent-form';
import type { AgentDetails, PageCatalogs } from './agent-page-types';

interface TestFormProps {
  agent: AgentDetails;
  catalogs?: PageCatalogs;
  children: ReactNode;
}

export function TestForm(props: TestFormProps) {
  return (
    <ToastProvider>
      <PageForm {...props} />
    </ToastProvider>
  );
}

function PageForm({ agent, catalogs, children }: TestFormProps) {
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
