import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { formatDateTime, plural } from '../../lib/format';
import { MY_SESSIONS_QUERY, REVOKE_OTHER_SESSIONS_MUTATION, REVOKE_SESSION_MUTATION } from './sessions.graphql';

/**
 * My sessions (in Preferences): every browser the agent is signed in on, with where and when, and
 * a way to end one or all the others (a lost laptop, a shared computer). Ending this browser's own
 * session is Log out, so it has no button here.
 */
export function SessionsSection() {
  const { data, loading, error, refetch } = useQuery(MY_SESSIONS_QUERY, { fetchPolicy: 'network-only' });
  const [revoke] = useMutation(REVOKE_SESSION_MUTATION);
  const [revokeOthers] = useMutation(REVOKE_OTHER_SESSIONS_MUTATION);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<DisplayError | null>(null);
  const toast = useToast();
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current).length;

  async function run(action: () => Promise<string>) {
    setBusy(true);
    setFailure(null);
    try {
      toast.success(await action());
      await refetch();
    } catch (caught) {
      setFailure(toDisplayError(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel sessions-section" aria-labelledby="sessions-title">
      <h2 id="sessions-title">Sessions</h2>
      <QueryState loading={loading} error={error} hasData={!!data} what="your sessions" onRetry={() => void refetch()} />
      {failure && (
        <p role="alert" className="alert alert-error">
          {failure.message}
        </p>
      )}
      {data && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Browser</th>
                  <th scope="col">IP address</th>
                  <th scope="col">Signed in</th>
                  <th scope="col">Last active</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.browser}
                      {s.current && <span className="badge badge-role">This browser</span>}
                    </th>
                    <td>{s.ip ?? '—'}</td>
                    <td>{formatDateTime(s.createdAt as string)}</td>
                    <td>{formatDateTime(s.lastSeenAt as string)}</td>
                    <td>
                      {!s.current && (
                        <button
                          type="button"
                          className="button button-secondary button-small"
                          disabled={busy}
                          aria-label={`Sign out ${s.browser}, signed in ${formatDateTime(s.createdAt as string)}`}
                          onClick={() =>
                            void run(async () => {
                              await revoke({ variables: { id: s.id } });
                              return `Signed out ${s.browser}.`;
                            })
                          }
                        >
                          Sign out
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {others > 0 && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const { data: done } = await revokeOthers();
                  return `Signed out ${plural(done?.revokeOtherSessions ?? 0, 'other session')}.`;
                })
              }
            >
              Sign out other sessions
            </button>
          )}
        </>
      )}
    </section>
  );
}
