import { Link } from 'react-router';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { QueryState } from '../../../components/query-state';
import { useSeatUsage } from '../use-seat-usage';
import { SeatLimitPrompt, SeatMeter, isFull } from '../components/seat-meter';

const EDITIONS: Record<string, string> = {
  cloud: 'Cloud',
  'on-premise': 'On-premise (seats are sold in batches of 10)',
};

export function LicensePage() {
  useDocumentTitle('License');
  const { license, usage, loading, error, refetch } = useSeatUsage();
  return (
    <section className="page" aria-labelledby="license-title">
      <header className="page-header">
        <h1 id="license-title">License</h1>
      </header>
      <section className="panel" aria-labelledby="license-seats-title">
        <h2 id="license-seats-title">Seats</h2>
        <QueryState loading={loading} error={error} hasData={!!usage} what="the license" onRetry={() => void refetch()} />
        {license && usage && (
          <>
            <SeatMeter usage={usage} />
            {isFull(usage) && <SeatLimitPrompt />}
            <dl className="facts">
              <dt>Edition</dt>
              <dd>{EDITIONS[license.edition] ?? license.edition}</dd>
              <dt>Seats (full agents)</dt>
              <dd>{license.seats}</dd>
              <dt>In use</dt>
              <dd>{license.used}</dd>
              <dt>Available</dt>
              <dd>{license.available}</dd>
            </dl>
            <p>
              To change the number of seats, set <code>LICENSE_SEATS</code> on the server and restart it. To free a seat now,{' '}
              <Link to="/invitations">revoke a pending invitation</Link> or delete an agent no longer in use.
            </p>
          </>
        )}
      </section>
      {license && (
        <section className="panel" aria-labelledby="license-light-title">
          <h2 id="license-light-title">Light agents</h2>
          <p>Light agents use no seat: they browse and search the CRM, read records and add notes.</p>
          <dl className="facts" data-testid="light-agent-counts">
            <dt>Light agents</dt>
            <dd>{license.lightUsed}</dd>
            <dt>Allowed</dt>
            <dd>{license.lightSeats ?? 'Unlimited'}</dd>
            <dt>Available</dt>
            <dd>{license.lightAvailable ?? 'Unlimited'}</dd>
          </dl>
          <p>
            To limit them, set <code>LICENSE_LIGHT_SEATS</code> on the server and restart it.
          </p>
        </section>
      )}
    </section>
  );
}
