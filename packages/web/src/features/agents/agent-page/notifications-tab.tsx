import { useTranslation } from 'react-i18next';
import type { NotificationEventCategory } from '../../../gql/graphql';
import { NotificationEventTable, type NotificationChannel } from '../notification-event-table';
import { SwitchField } from '../../../components/switch-field';
import { useAgentFormContext } from './use-agent-form';
import type { TabProps } from './agent-page-types';

interface NotificationsTabProps extends TabProps {
  category: NotificationEventCategory;
}

/**
 * Email and browser switches per event of one category. Ticket notifications also carry
 * the "agent may edit their own" switch; other notifications agents may always edit.
 */
export function NotificationsTab({ catalogs, readOnly, category }: NotificationsTabProps) {
  const ticket = category === 'TICKET';
  const field = ticket ? 'ticketNotifications' : 'otherNotifications';
  const { t } = useTranslation('agents');
  const form = useAgentFormContext();
  const settings = form.values[field];
  const events = catalogs.notificationCatalog.filter((e) => e.category === category);
  const error = form.errorOf(field);

  function change(event: string, channel: NotificationChannel, on: boolean) {
    const current = settings[event] ?? { email: false, browser: false };
    form.set(field, { ...settings, [event]: { ...current, [channel]: on } });
  }

  return (
    <div className="tab-body">
      {ticket ? (
        <SwitchField
          label={t('fields.canEditOwnTicketNotifications')}
          hint={t('notifications.mayEditHint')}
          checked={form.values.canEditOwnTicketNotifications}
          disabled={readOnly}
          onChange={(on) => form.set('canEditOwnTicketNotifications', on)}
          error={form.errorOf('canEditOwnTicketNotifications')}
        />
      ) : (
        <p className="tab-intro">{t('notifications.otherIntro')}</p>
      )}
      {error && <p className="field-error">{t('notifications.error', { error })}</p>}
      <NotificationEventTable
        events={events}
        cell={(event, channel, label) => (
          <SwitchField
            hideLabel
            label={t('notifications.switchLabel', { event: label, channel: t(`notifications.${channel}`) })}
            checked={settings[event.key]?.[channel] ?? false}
            disabled={readOnly}
            onChange={(on) => change(event.key, channel, on)}
          />
        )}
      />
    </div>
  );
}
