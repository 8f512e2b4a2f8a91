import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NotificationRow, PreferenceValues } from '../preferences-form-values';
import { notificationEventLabel } from '../../agents/notification-event-label';

interface NotificationSwitchesProps {
  name: 'ticketNotifications' | 'otherNotifications';
  caption: string;
  rows: NotificationRow[];
  register: UseFormRegister<PreferenceValues>;
  disabled?: boolean;
}

const CHANNELS = ['email', 'browser'] as const;

/** One row per event with its email and browser switches. */
export function NotificationSwitches({ name, caption, rows, register, disabled }: NotificationSwitchesProps) {
  const { t } = useTranslation('preferences');
  // The event's name in the agent's language, as the agent page's notifications tab shows it.
  const { t: ta } = useTranslation('agents');
  return (
    <div className="table-wrap">
      <table className="data-table switch-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('notifications.event')}</th>
            <th scope="col">{t('notifications.email')}</th>
            <th scope="col">{t('notifications.browser')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const label = notificationEventLabel(ta, { key: row.event, label: row.label });
            return (
              <tr key={row.event}>
                <th scope="row">{label}</th>
                {CHANNELS.map((channel) => (
                  <td key={channel}>
                    <input
                      type="checkbox"
                      aria-label={t(`notifications.${channel}Of`, { event: label })}
                      disabled={disabled}
                      {...register(`${name}.${i}.${channel}`)}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
