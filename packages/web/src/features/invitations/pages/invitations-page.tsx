import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { INVITATIONS_QUERY } from '../invitations.graphql';
import type { InvitationStatus } from '../../../gql/graphql';
import { ListPage } from '../../../components/list-page';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Mail } from 'lucide-react';
import { InvitationActions } from '../components/invitation-actions';

const STATUSES: readonly InvitationStatus[] = ['PENDING', 'ACCEPTED', 'EXPIRED', 'REVOKED'];
const ALL = 'ALL';

function statusFrom(param: string | null): InvitationStatus | undefined {
  if (param === ALL) return undefined;
  return STATUSES.find((s) => s === param) ?? 'PENDING';
}

export function InvitationsPage() {
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const { t } = useTranslation('invitations');
  const title = status === 'PENDING' ? t('page.titlePending') : t('page.title');
  useDocumentTitle(title);
  const { data, loading, error, refetch } = useQuery(INVITATIONS_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const invitations = data?.invitations ?? [];

  return (
    <ListPage
      titleId="invitations-title"
      title={title}
      actions={
        // Secondary: the empty list's own next step is the primary one.
        <Link to="/admin" className="button button-secondary">
          {t('page.inviteSomeone')}
        </Link>
      }
      toolbar={
        <>
          <label htmlFor="invitation-status">{t('page.show')}</label>
          <select id="invitation-status" value={status ?? ALL} onChange={(e) => setParams({ status: e.target.value }, { replace: true })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
            <option value={ALL}>{t('page.all')}</option>
          </select>
        </>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what={t('page.what')}
      items={invitations}
      empty={{
        icon: Mail,
        text: t(`page.empty.${status ?? ALL}`),
        action: (
          <Link to="/admin" className="button button-primary">
            {t('page.inviteAgents')}
          </Link>
        ),
      }}
      list={(invitations) => (
        <div className="table-wrap panel">
          <table className="data-table">
            <caption>{t(`page.caption.${status ?? ALL}`, { count: invitations.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('column.invited')}</th>
                <th scope="col" className="col-optional">
                  {t('column.role')}
                </th>
                <th scope="col" className="col-optional">
                  {t('column.invitedBy')}
                </th>
                <th scope="col" className="col-optional">
                  {t('column.sent')}
                </th>
                <th scope="col">{t('column.expires')}</th>
                <th scope="col" className="col-optional">
                  {t('column.status')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((inv) => (
                <tr key={inv.id}>
                  <th scope="row" className="cell-truncate" title={inv.name ? `${inv.email} (${inv.name})` : inv.email}>
                    {inv.email}
                    {inv.name && <div className="muted">{inv.name}</div>}
                  </th>
                  <td className="col-optional">{inv.isAdmin ? t('role.admin') : t('role.agent')}</td>
                  <td className="col-optional">{inv.invitedByName}</td>
                  <td className="col-optional">{formatDateTime(inv.lastSentAt)}</td>
                  <td>{formatDateTime(inv.expiresAt)}</td>
                  <td className="col-optional">
                    <span className={`badge badge-${inv.status.toLowerCase()}`}>{t(`status.${inv.status}`)}</span>
                  </td>
                  <td>
                    <InvitationActions invitation={inv} />
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
