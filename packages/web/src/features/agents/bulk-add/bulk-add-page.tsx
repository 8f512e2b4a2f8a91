import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Tabs } from 'radix-ui';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { CsvImport } from './csv-import';
import { InviteByEmail } from './invite-by-email';
import '../../../styles/bulk-add.css';
import { PageHeader } from '../../../components/page-header';
import { Plus } from 'lucide-react';

const TABS = [
  { value: 'email', label: 'bulkAdd.byEmail' },
  { value: 'csv', label: 'bulkAdd.csv' },
] as const;
type BulkTab = (typeof TABS)[number]['value'];

/** /agents/bulk (admins): invite a pasted list of addresses, or import a CSV file. */
export function BulkAddPage() {
  const { t } = useTranslation('agents');
  useDocumentTitle(t('bulkAdd.title'));
  const [params, setParams] = useSearchParams();
  const tab: BulkTab = params.get('tab') === 'csv' ? 'csv' : 'email';
  return (
    <section className="page page-form">
      <PageHeader
        title={t('bulkAdd.title')}
        breadcrumb={[{ to: '/agents', label: t('shared.agents') }]}
        actions={
          <Link to="/agents/new" className="button button-secondary">
            <Plus aria-hidden="true" />
            {t('shared.newAgent')}
          </Link>
        }
      />
      <Tabs.Root value={tab} onValueChange={(next) => setParams(next === 'email' ? {} : { tab: next }, { replace: true })} className="tabs">
        <Tabs.List aria-label={t('bulkAdd.tabs')} className="tabs-list">
          {TABS.map((tab) => (
            <Tabs.Trigger key={tab.value} value={tab.value} className="tabs-trigger">
              {t(tab.label)}
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
