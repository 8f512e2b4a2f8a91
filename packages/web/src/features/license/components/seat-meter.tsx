import { useTranslation } from 'react-i18next';

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
  const { t } = useTranslation('license');
  const { seats, used, pending } = usage;
  const agents = Math.max(0, used - pending);
  const available = Math.max(0, seats - used);
  const percent = (n: number) => (seats > 0 ? Math.min(100, (n / seats) * 100) : 100);
  const full = isFull(usage);
  return (
    <div className="seat-meter">
      <div
        role="meter"
        aria-label={t('meter.label')}
        aria-valuemin={0}
        aria-valuemax={seats}
        aria-valuenow={Math.min(used, seats)}
        aria-valuetext={t('meter.used', { used, seats })}
        className={`seat-meter-bar${full ? ' seat-meter-full' : ''}`}
      >
        <span className="seat-meter-agents" style={{ width: `${percent(agents)}%` }} />
        <span className="seat-meter-pending" style={{ width: `${percent(Math.min(pending, seats - agents))}%` }} />
      </div>
      <p className="seat-meter-summary">
        <strong>{t('meter.used', { used, seats })}</strong>
        {': '}
        <span className="seat-meter-key seat-meter-key-agents">{t('meter.agents', { count: agents })}</span>
        {', '}
        <span className="seat-meter-key seat-meter-key-pending">{t('meter.pending', { count: pending })}</span>
        {'. '}
        {full ? t('meter.noneLeft') : t('meter.available', { count: available })}
      </p>
    </div>
  );
}

/** Shown when every seat is taken, where an admin would add someone. */
export function SeatLimitPrompt() {
  const { t } = useTranslation('license');
  return (
    <div role="alert" className="alert alert-error seat-limit-prompt">
      <p>
        <strong>{t('limit.title')}</strong> {t('limit.body')}
      </p>
    </div>
  );
}
