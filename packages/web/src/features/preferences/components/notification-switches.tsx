import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { NotificationRow, PreferenceValues } from '../preferences-form-values';
import { NotificationEventTable } from '../../agents/notification-event-table';

interface NotificationSwitchesProps {
  name: 'ticketNotifications' | 'otherNotifications';
  caption: string;
  rows: NotificationRow[];
  register: UseFormRegister<PreferenceValues>;
  disabled?: boolean;
}

/** One row per event with its email and browser switches, as the agent page's notifications tabs show them. */
export function NotificationSwitches({ name, caption, rows, register, disabled }: NotificationSwitchesProps) {
  const { t } = useTranslation('preferences');
  return (
    <NotificationEventTable
      caption={caption}
      className="switch-table"
      events={rows.map((row) => ({ key: row.event, label: row.label }))}
      cell={(_event, channel, label, i) => (
        <input
          type="checkbox"
          aria-label={t(`notifications.${channel}Of`, { event: label })}
          disabled={disabled}
          {...register(`${name}.${i}.${channel}`)}
        />
      )}
    />
  );
}
