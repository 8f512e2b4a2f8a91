import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PREFERENCES_QUERY } from '../preferences.graphql';
import { QueryState } from '../../../components/query-state';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PreferencesForm } from '../components/preferences-form';
import { SessionsSection } from '../../sessions/sessions-section';
import { TwoStepSection } from '../../two-step/two-step-section';
import { AgentAvatarEditor } from '../../agents/avatar/profile-image-field';
import { useViewer } from '../../auth/viewer-context';

export function PreferencesPage() {
  const { t } = useTranslation('preferences');
  useDocumentTitle(t('title'));
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(PREFERENCES_QUERY, { fetchPolicy: 'cache-and-network' });
  return (
    <section className="page" aria-labelledby="preferences-title">
      <header className="page-header">
        <h1 id="preferences-title">{t('title')}</h1>
      </header>
      <QueryState loading={loading} error={error} hasData={!!data} what={t('loadingWhat')} onRetry={() => void refetch()} />
      <AgentAvatarEditor agent={viewer} canEdit={viewer.effectivePermissions.includes('profile.edit_own')} />
      {data && <PreferencesForm key={data.viewer.id} agent={data.viewer} catalog={data.notificationCatalog} />}
      <TwoStepSection />
      <SessionsSection />
    </section>
  );
}
