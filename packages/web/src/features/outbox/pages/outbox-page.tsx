import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_QUERY, RETRY_OUTBOX_MESSAGE_MUTATION } from '../outbox.graphql';
import type { OutboxStatus } from '../../../gql/graphql';
import { ListPage } from '../../../components/list-page';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Inbox } from 'lucide-react';

const STATUSES: readonly OutboxStatus[] = ['FAILED', 'PENDING', 'SENT'];

export function OutboxPage() {
  const { t } = useTranslation('outbox');
  useDocumentTitle(t('title'));
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'FAILED';
  const { data, loading, error, refetch } = useQuery(OUTBOX_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const [retry] = useMutation(RETRY_OUTBOX_MESSAGE_MUTATION, { refetchQueries: ['Outbox'] });
  const messages = data?.outbox ?? [];

  return (
    <ListPage
      titleId="outbox-title"
      title={t('title')}
      toolbar={
        <>
          <label htmlFor="outbox-status">{t('show')}</label>
          <select id="outbox-status" value={status} onChange={(e) => setParams({ status: e.target.value }, { replace: true })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('what')}
      items={messages}
      empty={{ icon: Inbox, text: t(`empty.${status}`) }}
      list={(messages) => (
        <div className="table-wrap panel">
          <table className="data-table">
            <caption>{t(`caption.${status}`, { count: messages.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('column.to')}</th>
                <th scope="col">{t('column.subject')}</th>
                <th scope="col">{t('column.queued')}</th>
                <th scope="col">{t('column.attempts')}</th>
                <th scope="col">{status === 'SENT' ? t('column.sent') : t('column.lastError')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.toAddress}</th>
                  <td>{m.subject}</td>
                  <td>{formatDateTime(m.createdAt)}</td>
                  <td>{m.attempts}</td>
                  <td>{status === 'SENT' ? formatDateTime(m.sentAt) : <span className="error-text">{m.lastError ?? '—'}</span>}</td>
                  <td>
                    {m.status === 'FAILED' && (
                      <div className="row-actions">
                        <ConfirmDialog
                          trigger={
                            <button
                              type="button"
                              className="button button-secondary button-small"
                              aria-label={t('retry.label', { address: m.toAddress })}
                            >
                              {t('retry.button')}
                            </button>
                          }
                          title={t('retry.title', { subject: m.subject, address: m.toAddress })}
                          confirmLabel={t('retry.confirm')}
                          onConfirm={() => retry({ variables: { id: m.id } })}
                        >
                          <p>{t('retry.body')}</p>
                        </ConfirmDialog>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    />
  );
}
