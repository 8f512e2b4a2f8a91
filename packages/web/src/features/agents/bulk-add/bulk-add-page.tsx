import { Link, useSearchParams } from 'react-router';
import { Tabs } from 'radix-ui';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CsvImport } from './csv-import';
import { InviteByEmail } from './invite-by-email';
import '../../../styles/bulk-add.css';
import { PageHeader } from '../../../components/page-header';
import { Plus } from 'lucide-react';

const TABS = [
  { value: 'email', label: 'Invite by email' },
  { value: 'csv', label: 'Upload CSV' },
] as const;
type BulkTab = (typeof TABS)[number]['value'];

/** /agents/bulk (admins): invite a pasted list of addresses, or import a CSV file. */
export function BulkAddPage() {
  useDocumentTitle('Bulk add agents');
  const [params, setParams] = useSearchParams();
  const tab: BulkTab = params.get('tab') === 'csv' ? 'csv' : 'email';
  return (
    <section className="page page-form">
      <PageHeader
        title="Bulk add agents"
        breadcrumb={[{ to: '/agents', label: 'Agents' }]}
        actions={
          <Link to="/agents/new" className="button button-secondary">
            <Plus aria-hidden="true" />
            New agent
          </Link>
        }
      />
      <Tabs.Root value={tab} onValueChange={(next) => setParams(next === 'email' ? {} : { tab: next }, { replace: true })} className="tabs">
        <Tabs.List aria-label="Ways to add agents" className="tabs-list">
          {TABS.map((t) => (
            <Tabs.Trigger key={t.value} value={t.value} className="tabs-trigger">
              {t.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
        {/* Kept mounted (hidden) so that the list and its result survive a look at the other tab. */}
        <Tabs.Content value="email" className="tabs-content panel" forceMount>
          <InviteByEmail />
        </Tabs.Content>
        <Tabs.Content value="csv" className="tabs-content panel">
          <CsvImport />
        </Tabs.Content>
      </Tabs.Root>
    </section>
  );
}
