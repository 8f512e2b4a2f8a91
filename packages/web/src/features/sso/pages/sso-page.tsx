import { useState } from 'react';
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
  useDocumentTitle('Single sign-on');
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
        title="Single sign-on"
        intro="Agents sign in through your identity provider; unknown agents are created at their first sign-in."
        actions={
          !editing &&
          (Object.keys(PROTOCOL_FORMS) as SsoProtocol[]).map((protocol) => (
            <button key={protocol} type="button" className="button button-primary" onClick={() => setEditing({ id: null, protocol })}>
              Add {protocol} provider
            </button>
          ))
        }
      />
      <QueryState loading={loading} error={error} hasData={!!data} what="providers" onRetry={() => void refetch()} />
      {data && editing && (
        <section aria-labelledby="sso-form-title" className="panel">
          <h2 id="sso-form-title">{current ? `Edit ${current.displayName}` : `New ${editing.protocol} provider`}</h2>
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
          <h2 id="sso-providers">Providers</h2>
          {providers.length === 0 ? (
            <p className="muted">No provider yet: add one, then register its callback URL at the provider.</p>
          ) : (
            <DataTable
              rows={providers}
              rowKey={(p) => p.id}
              rowHeader={{ header: 'Name', cell: (p) => p.displayName }}
              columns={[
                { header: 'Protocol', cell: (p) => p.protocol },
                { header: 'Status', cell: (p) => (p.enabled ? 'Enabled' : 'Disabled') },
                {
                  header: 'Callback URL',
                  cell: (p) => (
                    <>
                      <code>{p.callbackUrl}</code> <CopyButton text={p.callbackUrl} label={`Copy the callback URL of ${p.displayName}`} />
                    </>
                  ),
                },
              ]}
              actions={(p) => (
                <>
                  <button type="button" className="button" onClick={() => setEditing({ id: p.id, protocol: p.protocol })}>
                    Edit<span className="visually-hidden"> {p.displayName}</span>
                  </button>{' '}
                  <button type="button" className="button button-danger" onClick={() => setDeleting({ id: p.id, name: p.displayName })}>
                    Delete<span className="visually-hidden"> {p.displayName}</span>
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
        title={`Delete ${deleting?.name ?? 'provider'}?`}
        confirmLabel="Delete"
        onConfirm={async () => {
          await remove({ variables: { id: deleting!.id } });
          toast.success(`Deleted “${deleting!.name}”.`);
          setDeleting(null);
        }}
      >
        <p>Agents who signed in with it keep their accounts; their links to it go.</p>
      </ConfirmDialog>
    </>
  );
}
