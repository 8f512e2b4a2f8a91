import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { CopyButton } from '../../../components/copy-button';
import { DataTable } from '../../../components/data-table';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { useToast } from '../../../components/toast';
import type { SsoProtocol } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { DELETE_SSO_PROVIDER_MUTATION, SSO_PAGE_QUERY } from '../sso.graphql';
import { ProviderForm } from '../components/provider-form';
import { PROTOCOL_FORMS } from '../components/protocol-fields';
import { SsoSettingsPanel } from '../components/sso-settings-panel';

type Editing = { id: string | null; protocol: SsoProtocol } | null;

/** Admin → Single sign-on: the identity providers and the enforcement settings. */
export function SsoPage() {
  const { t } = useTranslation('sso');
  useDocumentTitle(t('page.title'));
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(SSO_PAGE_QUERY);
  const [remove] = useMutation(DELETE_SSO_PROVIDER_MUTATION, { refetchQueries: ['SsoPage', 'SsoSettings'] });
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<{ id: string; name: string } | null>(null);
  const providers = data?.ssoProviders ?? [];
  const current = editing?.id ? (providers.find((p) => p.id === editing.id) ?? null) : null;

  return (
    <>
      <PageHeader
        title={t('page.title')}
        intro={t('page.intro')}
        actions={
          !editing &&
          (Object.keys(PROTOCOL_FORMS) as SsoProtocol[]).map((protocol) => (
            <button key={protocol} type="button" className="button button-primary" onClick={() => setEditing({ id: null, protocol })}>
              {t('page.addProvider', { protocol })}
            </button>
          ))
        }
      />
      <QueryState loading={loading} error={error} hasData={!!data} what={t('page.what')} onRetry={() => void refetch()} />
      {data && editing && (
        <section aria-labelledby="sso-form-title" className="panel">
          <h2 id="sso-form-title">
            {current ? t('page.editTitle', { name: current.displayName }) : t('page.newTitle', { protocol: editing.protocol })}
          </h2>
          <ProviderForm
            key={editing.id ?? 'new'}
            provider={current}
            protocol={editing.protocol}
            teams={data.teams}
            groups={data.permissionGroups}
            onDone={() => setEditing(null)}
          />
        </section>
      )}
      {data && !editing && (
        <section aria-labelledby="sso-providers" className="panel">
          <h2 id="sso-providers">{t('page.providers')}</h2>
          {providers.length === 0 ? (
            <p className="muted">{t('page.empty')}</p>
          ) : (
            <DataTable
              rows={providers}
              rowKey={(p) => p.id}
              rowHeader={{ header: t('page.name'), cell: (p) => p.displayName }}
              columns={[
                { header: t('page.protocol'), cell: (p) => p.protocol },
                { header: t('page.status'), cell: (p) => (p.enabled ? t('page.enabled') : t('page.disabled')) },
                {
                  header: t('page.callbackUrl'),
                  cell: (p) => (
                    <>
                      <code>{p.callbackUrl}</code>{' '}
                      <CopyButton text={p.callbackUrl} label={t('page.copyCallbackUrl', { name: p.displayName })} />
                    </>
                  ),
                },
              ]}
              actions={(p) => (
                <>
                  <button type="button" className="button" onClick={() => setEditing({ id: p.id, protocol: p.protocol })}>
                    {t('page.edit')}
                    <span className="visually-hidden"> {p.displayName}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting({ id: p.id, name: p.displayName })}>
                    {t('page.delete')}
                    <span className="visually-hidden"> {p.displayName}</span>
                  </button>
                </>
              )}
            />
          )}
        </section>
      )}
      <SsoSettingsPanel />
      <ConfirmDialog
        open={!!deleting}
        onOpenChange={(open) => !open && setDeleting(null)}
        title={deleting ? t('page.deleteTitle', { name: deleting.name }) : t('page.deleteTitleProvider')}
        confirmLabel={t('page.deleteConfirm')}
        onConfirm={async () => {
          await remove({ variables: { id: deleting!.id } });
          toast.success(t('page.deleted', { name: deleting!.name }));
          setDeleting(null);
        }}
      >
        <p>{t('page.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}
