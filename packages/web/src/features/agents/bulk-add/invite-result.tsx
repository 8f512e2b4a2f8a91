import { Link } from 'react-router';
import { BulkInviteCode } from '@roster/shared';
import { FAILURE_LABELS, type InviteRow } from './parse-email-list';

interface InviteResultProps {
  rows: InviteRow[];
  missingSeats: number;
}

/** The API's messages are fragments ("is listed more than once"): here they stand alone. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

const seats = (n: number) => (n === 1 ? '1 seat' : `${n} seats`);

/** What happened to each address of a bulk invite, and the seats the list lacked. */
export function InviteResult({ rows, missingSeats }: InviteResultProps) {
  const invited = rows.filter((row) => row.invited).length;
  const failed = rows.length - invited;
  return (
    <section className="invite-result" aria-labelledby="invite-result-title">
      <h2 id="invite-result-title" tabIndex={-1}>
        Result
      </h2>
      <p role="status" className={failed ? 'alert alert-info' : 'alert alert-success'}>
        {invited === 1 ? '1 address invited' : `${invited} addresses invited`}
        {failed > 0 && `, ${failed} not invited`}.{invited > 0 && ' Each invitation email is on its way.'}
      </p>
      {missingSeats > 0 && (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>The list needs {seats(missingSeats)} more than the license has left, so nobody was invited.</strong>
          </p>
          <p className="alert-hint">
            Upgrade your license or delete an agent no longer in use (see <Link to="/license">License</Link>), or shorten the list by{' '}
            {missingSeats === 1 ? 'one address' : `${missingSeats} addresses`}, then send it again.
          </p>
        </div>
      )}
      <div className="table-wrap">
        <table className="data-table invite-result-table">
          <caption className="visually-hidden">Result per address</caption>
          <thead>
            <tr>
              <th scope="col" className="col-address">
                Address
              </th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row" className="cell-email">
                  {row.email || <span className="cell-none">(empty)</span>}
                </th>
                <td>
                  {row.invited ? (
                    <span className="badge badge-active">Invited</span>
                  ) : (
                    <>
                      <span className="badge badge-failed" title={row.code}>
                        {FAILURE_LABELS[row.code] ?? row.code}
                      </span>{' '}
                      {/* The alert above already explains missing seats: no need to repeat it on every row. */}
                      {!(missingSeats > 0 && row.code === BulkInviteCode.NO_SEAT) && (
                        <span className="result-detail">{sentence(row.message)}</span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
