import { DataTable } from '../../../components/data-table';
import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { API_TOKENS_QUERY, REVOKE_API_TOKEN_MUTATION } from '../api-tokens.graphql';
import { ListPage } from '../../../components/list-page';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { KeyRound } from 'lucide-react';
import { CreateTokenForm } from '../components/create-token-form';

export function ApiTokensPage() {
  useDocumentTitle('API tokens');
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, loading, error, refetch } = useQuery(API_TOKENS_QUERY, { variables: { includeRevoked } });
  const [revoke] = useMutation(REVOKE_API_TOKEN_MUTATION, { refetchQueries: ['ApiTokens'] });
  const tokens = data?.apiTokens ?? [];

  return (
    <ListPage
      titleId="tokens-title"
      title="API tokens"
      listPanel={{ titleId: 'token-list-title', title: 'Tokens' }}
      toolbar={
        <label className="checkbox-inline">
          <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> Show revoked tokens
        </label>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what="tokens"
      items={tokens}
      empty={{
        icon: KeyRound,
        text: includeRevoked ? 'No tokens yet' : 'No active tokens',
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-token-title')}>
            Create a token
          </button>
        ),
      }}
      list={(tokens) => (
        <DataTable
          caption={plural(tokens.length, 'token')}
          rows={tokens}
          rowKey={(token) => token.id}
          rowHeader={{ header: 'Name', cell: (token) => token.name }}
          columns={[
            { header: 'Starts with', cell: (token) => <code>{token.prefix}…</code> },
            { header: 'Scopes', cell: (token) => token.scopes.join(', ') },
            { header: 'Created', cell: (token) => formatDateTime(token.createdAt) },
            {
              header: 'Last used',
              cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>),
            },
            { header: 'Expires', cell: (token) => <TokenExpiry expiresAt={token.expiresAt} /> },
          ]}
          actions={(token) =>
            token.revokedAt ? (
              <span className="badge badge-revoked">Revoked {formatDateTime(token.revokedAt)}</span>
            ) : (
              <div className="row-actions">
                <ConfirmDialog
                  trigger={
                    <button
                      type="button"
                      className="button button-secondary button-danger button-small"
                      aria-label={`Revoke ${token.name}`}
                    >
                      Revoke
                    </button>
                  }
                  title={`Revoke the token ${token.name}?`}
                  confirmLabel="Revoke token"
                  danger
                  onConfirm={() => revoke({ variables: { id: token.id } })}
                >
                  <p>Every integration using it stops working at once. This cannot be undone; create a new token instead.</p>
                </ConfirmDialog>
              </div>
            )
          }
        />
      )}
    >
      <section className="panel" aria-labelledby="new-token-title">
        <h2 id="new-token-title">New token</h2>
        <CreateTokenForm />
      </section>
    </ListPage>
  );
}

/** When the token stops working: "Never", the date, or an "Expired" badge once it has passed. */
function TokenExpiry({ expiresAt }: { expiresAt: string | null | undefined }) {
  if (!expiresAt) return <span className="muted">Never</span>;
  if (new Date(expiresAt) <= new Date()) return <span className="badge badge-revoked">Expired {formatDateTime(expiresAt)}</span>;
  return <>{formatDateTime(expiresAt)}</>;
}
