import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { useToast } from '../../components/toast';
import { toDisplayError, type DisplayError } from '../../lib/errors';
import { formatDateTime } from '../../lib/format';
import { MY_SESSIONS_QUERY, REVOKE_OTHER_SESSIONS_MUTATION, REVOKE_SESSION_MUTATION } from './sessions.graphql';

/**
 * My sessions (in Preferences): every browser the agent is signed in on, with where and when, and
 * a way to end one or all the others (a lost laptop, a shared computer). Ending this browser's own
 * session is Log out, so it has no button here.
 */
export function SessionsSection() {
  const { t } = useTranslation('sessions');
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
      <h2 id="sessions-title">{t('title')}</h2>
      <QueryState loading={loading} error={error} hasData={!!data} what={t('loadingWhat')} onRetry={() => void refetch()} />
      {failure && (
        <p role="alert" className="alert alert-error">
          {failure.message}
        </p>
      )}
      {data && (
        <>
          <DataTable
            rows={sessions}
            scrollLabel={t('title')}
            rowKey={(s) => s.id}
            rowHeader={{
              header: t('browser'),
              cell: (s) => (
                <>
                  {s.browser}
                  {s.current && <span className="badge badge-role">{t('thisBrowser')}</span>}
                </>
              ),
            }}
            columns={[
              { header: t('ip'), cell: (s) => s.ip ?? '—' },
              { header: t('signedIn'), cell: (s) => formatDateTime(s.createdAt as string) },
              { header: t('lastActive'), cell: (s) => formatDateTime(s.lastSeenAt as string) },
            ]}
            actions={(s) =>
              !s.current && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  aria-label={t('signOutLabel', { browser: s.browser, date: formatDateTime(s.createdAt as string) })}
                  onClick={() =>
                    void run(async () => {
                      await revoke({ variables: { id: s.id } });
                      return t('signedOut', { browser: s.browser });
                    })
                  }
                >
                  {t('signOut')}
                </button>
              )
            }
          />
          {others > 0 && (
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() =>
                void run(async () => {
                  const { data: done } = await revokeOthers();
                  return t('signedOutOthers', { count: done?.revokeOtherSessions ?? 0 });
                })
              }
            >
              {t('signOutOthers')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
