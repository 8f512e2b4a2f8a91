import { DataTable } from '../../../components/data-table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { API_TOKENS_QUERY, REVOKE_API_TOKEN_MUTATION } from '../api-tokens.graphql';
import { ListPage } from '../../../components/list-page';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { focusFormOf } from '../../../components/empty-state';
import { KeyRound } from 'lucide-react';
import { CreateTokenForm } from '../components/create-token-form';

export function ApiTokensPage() {
  const { t } = useTranslation('apiTokens');
  useDocumentTitle(t('page.title'));
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const { data, loading, error, refetch } = useQuery(API_TOKENS_QUERY, { variables: { includeRevoked } });
  const [revoke] = useMutation(REVOKE_API_TOKEN_MUTATION, { refetchQueries: ['ApiTokens'] });
  const tokens = data?.apiTokens ?? [];

  return (
    <ListPage
      titleId="tokens-title"
      title={t('page.title')}
      listPanel={{ titleId: 'token-list-title', title: t('page.tokens') }}
      toolbar={
        <label className="checkbox-inline">
          <input type="checkbox" checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)} /> {t('page.showRevoked')}
        </label>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('page.what')}
      items={tokens}
      empty={{
        icon: KeyRound,
        text: includeRevoked ? t('page.emptyAll') : t('page.emptyActive'),
        action: (
          <button type="button" className="button button-primary" onClick={() => focusFormOf('new-token-title')}>
            {t('page.create')}
          </button>
        ),
      }}
      list={(tokens) => (
        <DataTable
          caption={t('page.caption', { count: tokens.length })}
          rows={tokens}
          rowKey={(token) => token.id}
          rowHeader={{ header: t('column.name'), cell: (token) => token.name }}
          columns={[
            { header: t('column.startsWith'), cell: (token) => <code>{token.prefix}…</code> },
            { header: t('column.scopes'), cell: (token) => token.scopes.join(', ') },
            { header: t('column.created'), cell: (token) => formatDateTime(token.createdAt) },
            {
              header: t('column.lastUsed'),
              cell: (token) => (token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">{t('never')}</span>),
            },
            { header: t('column.expires'), cell: (token) => <TokenExpiry expiresAt={token.expiresAt} /> },
          ]}
          actions={(token) =>
            token.revokedAt ? (
              <span className="badge badge-revoked">{t('revokedAt', { date: formatDateTime(token.revokedAt) })}</span>
            ) : (
              <div className="row-actions">
                <ConfirmDialog
                  trigger={
                    <button
                      type="button"
                      className="button button-secondary button-danger button-small"
                      aria-label={t('revoke.label', { name: token.name })}
                    >
                      {t('revoke.button')}
                    </button>
                  }
                  title={t('revoke.title', { name: token.name })}
                  confirmLabel={t('revoke.confirm')}
                  danger
                  onConfirm={() => revoke({ variables: { id: token.id } })}
                >
                  <p>{t('revoke.body')}</p>
                </ConfirmDialog>
              </div>
            )
          }
        />
      )}
    >
      <section className="panel" aria-labelledby="new-token-title">
        <h2 id="new-token-title">{t('page.newToken')}</h2>
        <CreateTokenForm />
      </section>
    </ListPage>
  );
}

/** When the token stops working: "Never", the date, or an "Expired" badge once it has passed. */
function TokenExpiry({ expiresAt }: { expiresAt: string | null | undefined }) {
  const { t } = useTranslation('apiTokens');
  if (!expiresAt) return <span className="muted">{t('never')}</span>;
  if (new Date(expiresAt) <= new Date())
    return <span className="badge badge-revoked">{t('expiredAt', { date: formatDateTime(expiresAt) })}</span>;
  return <>{formatDateTime(expiresAt)}</>;
}
