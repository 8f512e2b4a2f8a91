import type { NotificationEventCategory } from '../../../gql/graphql';
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
          label="Agent may edit their own ticket notifications"
          hint="Off: only administrators change these settings for this agent."
          checked={form.values.canEditOwnTicketNotifications}
          disabled={readOnly}
          onChange={(on) => form.set('canEditOwnTicketNotifications', on)}
          error={form.errorOf('canEditOwnTicketNotifications')}
        />
      ) : (
        <p className="tab-intro">Agents can always edit their own other notifications in Preferences.</p>
      )}
      {error && <p className="field-error">Notifications {error}</p>}
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Email</th>
              <th scope="col">Browser</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const setting = settings[event.key];
              return (
                <tr key={event.key}>
                  <th scope="row">{event.label}</th>
                  {(['email', 'browser'] as const).map((channel) => (
                    <td key={channel}>
                      <SwitchField
                        hideLabel
                        label={`${event.label}: ${channel === 'email' ? 'Email' : 'Browser'}`}
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
