import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { OUTBOX_QUERY, RETRY_OUTBOX_MESSAGE_MUTATION } from '../outbox.graphql';
import type { OutboxStatus } from '../../../gql/graphql';
import { ListPage } from '../../../components/list-page';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Inbox } from 'lucide-react';

const STATUS_LABELS: Record<OutboxStatus, string> = { FAILED: 'Failed', PENDING: 'Waiting', SENT: 'Sent' };
const STATUSES = Object.keys(STATUS_LABELS) as OutboxStatus[];

export function OutboxPage() {
  useDocumentTitle('Outbox');
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'FAILED';
  const { data, loading, error, refetch } = useQuery(OUTBOX_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const [retry] = useMutation(RETRY_OUTBOX_MESSAGE_MUTATION, { refetchQueries: ['Outbox'] });
  const messages = data?.outbox ?? [];
  const label = STATUS_LABELS[status].toLowerCase();

  return (
    <ListPage
      titleId="outbox-title"
      title="Outbox"
      toolbar={
        <>
          <label htmlFor="outbox-status">Show</label>
          <select id="outbox-status" value={status} onChange={(e) => setParams({ status: e.target.value }, { replace: true })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what="the outbox"
      items={messages}
      empty={{ icon: Inbox, text: `No ${label} email${status === 'FAILED' ? ': all mail went out' : ''}` }}
      list={(messages) => (
        <div className="table-wrap panel">
          <table className="data-table">
            <caption>{plural(messages.length, `${label} message`)} (newest first, at most 100)</caption>
            <thead>
              <tr>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Queued</th>
                <th scope="col">Attempts</th>
                <th scope="col">{status === 'SENT' ? 'Sent' : 'Last error'}</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                              aria-label={`Retry email to ${m.toAddress}`}
                            >
                              Retry
                            </button>
                          }
                          title={`Send “${m.subject}” to ${m.toAddress} again?`}
                          confirmLabel="Retry"
                          onConfirm={() => retry({ variables: { id: m.id } })}
                        >
                          <p>It goes back in the queue with a fresh set of attempts.</p>
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
