import { useTranslation } from 'react-i18next';
import type { NotificationEventCategory } from '../../../gql/graphql';
import { notificationEventLabel } from '../notification-event-label';
import { SwitchField } from '../../../components/switch-field';
import { useAgentFormContext } from './use-agent-form';
import type { TabProps } from './agent-page-types';

interface NotificationsTabProps extends TabProps {
  category: NotificationEventCategory;
}

const CHANNELS = ['email', 'browser'] as const;

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

  function change(event: string, channel: 'email' | 'browser', on: boolean) {
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
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('notifications.event')}</th>
              <th scope="col">{t('notifications.email')}</th>
              <th scope="col">{t('notifications.browser')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const setting = settings[event.key];
              const label = notificationEventLabel(t, event);
              return (
                <tr key={event.key}>
                  <th scope="row">{label}</th>
                  {CHANNELS.map((channel) => (
                    <td key={channel}>
                      <SwitchField
                        hideLabel
                        label={t('notifications.switchLabel', { event: label, channel: t(`notifications.${channel}`) })}
                        checked={setting?.[channel] ?? false}
                        disabled={readOnly}
                        onChange={(on) => change(event.key, channel, on)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
