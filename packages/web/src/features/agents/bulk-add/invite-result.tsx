import { Link } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
import { BulkInviteCode } from '@roster/shared';
import { isFailureCode, type InviteRow } from './parse-email-list';

interface InviteResultProps {
  rows: InviteRow[];
  missingSeats: number;
}

/** The API's messages are fragments ("is listed more than once"): here they stand alone. */
const sentence = (message: string) => message.charAt(0).toUpperCase() + message.slice(1);

/** What happened to each address of a bulk invite, and the seats the list lacked. */
export function InviteResult({ rows, missingSeats }: InviteResultProps) {
  const { t } = useTranslation('agents');
  const invited = rows.filter((row) => row.invited).length;
  const failed = rows.length - invited;
  return (
    <section className="invite-result" aria-labelledby="invite-result-title">
      <h2 id="invite-result-title" tabIndex={-1}>
        {t('bulkAdd.result')}
      </h2>
      <p role="status" className={failed ? 'alert alert-info' : 'alert alert-success'}>
        {t('bulkAdd.invited', { count: invited })}
        {failed > 0 && t('bulkAdd.notInvited', { count: failed })}.{invited > 0 && t('bulkAdd.onItsWay')}
      </p>
      {missingSeats > 0 && (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>{t('bulkAdd.missingSeats', { count: missingSeats })}</strong>
          </p>
          <p className="alert-hint">
            <Trans i18nKey="bulkAdd.missingSeatsHint" t={t} count={missingSeats} components={{ license: <Link to="/license" /> }} />
          </p>
        </div>
      )}
      <div className="table-wrap">
        <table className="data-table invite-result-table">
          <caption className="visually-hidden">{t('bulkAdd.perAddress')}</caption>
          <thead>
            <tr>
              <th scope="col" className="col-address">
                {t('bulkAdd.address')}
              </th>
              <th scope="col">{t('bulkAdd.result')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <th scope="row" className="cell-email">
                  {row.email || <span className="cell-none">{t('bulkAdd.empty')}</span>}
                </th>
                <td>
                  {row.invited ? (
                    <span className="badge badge-active">{t('bulkAdd.invitedBadge')}</span>
                  ) : (
                    <>
                      <span className="badge badge-failed" title={row.code}>
                        {isFailureCode(row.code) ? t(`bulkAdd.failure.${row.code}`) : row.code}
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
