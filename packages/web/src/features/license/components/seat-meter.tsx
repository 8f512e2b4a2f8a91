import { plural } from '../../../lib/format';

export interface SeatUsage {
  seats: number;
  /** Agents plus pending invitations. */
  used: number;
  pending: number;
}

export const isFull = ({ seats, used }: SeatUsage) => used >= seats;

/**
 * Seat usage as a meter: agents and pending invitations as two segments of one bar, with the
 * same numbers in words (the bar is decoration for sighted readers; the meter role carries it).
 */
export function SeatMeter({ usage }: { usage: SeatUsage }) {
  const { seats, used, pending } = usage;
  const agents = Math.max(0, used - pending);
  const available = Math.max(0, seats - used);
  const percent = (n: number) => (seats > 0 ? Math.min(100, (n / seats) * 100) : 100);
  const full = isFull(usage);
  return (
    <div className="seat-meter">
      <div
        role="meter"
        aria-label="Seats used"
        aria-valuemin={0}
        aria-valuemax={seats}
        aria-valuenow={Math.min(used, seats)}
        aria-valuetext={`${used} of ${seats} seats used`}
        className={`seat-meter-bar${full ? ' seat-meter-full' : ''}`}
      >
        <span className="seat-meter-agents" style={{ width: `${percent(agents)}%` }} />
        <span className="seat-meter-pending" style={{ width: `${percent(Math.min(pending, seats - agents))}%` }} />
      </div>
      <p className="seat-meter-summary">
        <strong>
          {used} of {seats} seats used
        </strong>
        {': '}
        <span className="seat-meter-key seat-meter-key-agents">{plural(agents, 'agent')}</span>
        {', '}
        <span className="seat-meter-key seat-meter-key-pending">{plural(pending, 'pending invitation')}</span>
        {'. '}
        {full ? 'No seats left.' : `${plural(available, 'seat')} available.`}
      </p>
    </div>
  );
}

/** Shown when every seat is taken, where an admin would add someone. */
export function SeatLimitPrompt() {
  return (
    <div role="alert" className="alert alert-error seat-limit-prompt">
      <p>
        <strong>Every seat is in use.</strong> Upgrade your license or delete an agent no longer in use before you invite or add anyone
        else. Revoking a pending invitation frees its seat too.
      </p>
    </div>
  );
}
