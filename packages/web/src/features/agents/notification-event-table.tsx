import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationEventLabel } from './notification-event-label';

export const NOTIFICATION_CHANNELS = ['email', 'browser'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

interface NotificationEventTableProps<E extends { key: string; label: string }> {
  events: readonly E[];
  caption?: string;
  className?: string;
  /** The control of one event's channel; `label` is the event's name in the reader's language. */
  cell: (event: E, channel: NotificationChannel, label: string, index: number) => ReactNode;
}

/**
 * One row per notification event with a control per channel (email, browser): the agent page's
 * notifications tabs and Preferences show the same table, events named the same way.
 */
export function NotificationEventTable<E extends { key: string; label: string }>({
  events,
  caption,
  className,
  cell,
}: NotificationEventTableProps<E>) {
  const { t } = useTranslation('agents');
  return (
    <div className="table-wrap">
      <table className={className ? `data-table ${className}` : 'data-table'}>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{t('notifications.event')}</th>
            {NOTIFICATION_CHANNELS.map((channel) => (
              <th key={channel} scope="col">
                {t(`notifications.${channel}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {events.map((event, i) => {
            const label = notificationEventLabel(t, event);
            return (
              <tr key={event.key}>
                <th scope="row">{label}</th>
                {NOTIFICATION_CHANNELS.map((channel) => (
                  <td key={channel}>{cell(event, channel, label, i)}</td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
