import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { INVITATIONS_QUERY } from '../invitations.graphql';
import type { InvitationStatus } from '../../../gql/graphql';
import { ListPage } from '../../../components/list-page';
import { formatDateTime, plural } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { Mail } from 'lucide-react';
import { InvitationActions } from '../components/invitation-actions';

const STATUS_LABELS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  EXPIRED: 'Expired',
  REVOKED: 'Revoked',
};
const STATUSES = Object.keys(STATUS_LABELS) as InvitationStatus[];
const ALL = 'ALL';

function statusFrom(param: string | null): InvitationStatus | undefined {
  if (param === ALL) return undefined;
  return STATUSES.find((s) => s === param) ?? 'PENDING';
}

export function InvitationsPage() {
  const [params, setParams] = useSearchParams();
  const status = statusFrom(params.get('status'));
  const title = status === 'PENDING' ? 'Pending invitations' : 'Invitations';
  useDocumentTitle(title);
  const { data, loading, error, refetch } = useQuery(INVITATIONS_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const invitations = data?.invitations ?? [];
  const shownStatus = status ? STATUS_LABELS[status].toLowerCase() : '';

  return (
    <ListPage
      titleId="invitations-title"
      title={title}
      actions={
        // Secondary: the empty list's own next step is the primary one.
        <Link to="/admin" className="button button-secondary">
          Invite someone
        </Link>
      }
      toolbar={
        <>
          <label htmlFor="invitation-status">Show</label>
          <select id="invitation-status" value={status ?? ALL} onChange={(e) => setParams({ status: e.target.value }, { replace: true })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
            <option value={ALL}>All</option>
          </select>
        </>
      }
      query={{ loading, error, hasData: !!data, onRetry: () => void refetch() }}
      what="invitations"
      items={invitations}
      empty={{
        icon: Mail,
        text: shownStatus ? `No ${shownStatus} invitations` : 'No invitations',
        action: (
          <Link to="/admin" className="button button-primary">
            Invite agents
          </Link>
        ),
      }}
      list={(invitations) => (
        <div className="table-wrap panel">
          <table className="data-table">
            <caption>{plural(invitations.length, `${shownStatus} invitation`.trim())}</caption>
            <thead>
              <tr>
                <th scope="col">Invited</th>
                <th scope="col" className="col-optional">
                  Role
                </th>
                <th scope="col" className="col-optional">
                  Invited by
                </th>
                <th scope="col" className="col-optional">
                  Sent
                </th>
                <th scope="col">Expires</th>
                <th scope="col" className="col-optional">
                  Status
                </th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
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
                  <td className="col-optional">{inv.isAdmin ? 'Admin' : 'Agent'}</td>
                  <td className="col-optional">{inv.invitedByName}</td>
                  <td className="col-optional">{formatDateTime(inv.lastSentAt)}</td>
                  <td>{formatDateTime(inv.expiresAt)}</td>
                  <td className="col-optional">
                    <span className={`badge badge-${inv.status.toLowerCase()}`}>{STATUS_LABELS[inv.status]}</span>
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
