import type { NotificationEventCategory } from '../../../gql/graphql';
import { SwitchField } from '../../../components/switch-field';
import { useDraft, useUpdateAgent } from './use-update-agent';
import { SaveBar } from './save-bar';
import type { TabProps } from './agent-page-types';

interface Setting {
  event: string;
  email: boolean;
  browser: boolean;
}

interface NotificationsTabProps extends TabProps {
  category: NotificationEventCategory;
}

/**
 * Email and browser switches per event of one category. Ticket notifications also carry
 * the "agent may edit their own" switch; other notifications agents may always edit.
 */
export function NotificationsTab({ agent, catalogs, readOnly, category }: NotificationsTabProps) {
  const ticket = category === 'TICKET';
  const update = useUpdateAgent(agent.id);
  const settings = useDraft<Setting[]>(
    (ticket ? agent.ticketNotifications : agent.otherNotifications).map(({ event, email, browser }) => ({ event, email, browser })),
  );
  const canEditOwn = useDraft(agent.canEditOwnTicketNotifications);
  const events = catalogs.notificationCatalog.filter((e) => e.category === category);
  const dirty = settings.dirty || canEditOwn.dirty;

  function change(event: string, channel: 'email' | 'browser', on: boolean) {
    update.clearStatus();
    const known = settings.value.some((s) => s.event === event);
    const base = known ? settings.value : [...settings.value, { event, email: false, browser: false }];
    settings.set(base.map((s) => (s.event === event ? { ...s, [channel]: on } : s)));
  }

  function reset() {
    settings.reset();
    canEditOwn.reset();
  }

  async function save() {
    const saved = await update.save(
      ticket
        ? { ticketNotifications: settings.value, ...(canEditOwn.dirty ? { canEditOwnTicketNotifications: canEditOwn.value } : {}) }
        : { otherNotifications: settings.value },
    );
    if (saved) reset();
  }

  return (
    <div className="tab-body">
      {ticket ? (
        <SwitchField
          label="Agent may edit their own ticket notifications"
          hint="Off: only administrators change these settings for this agent."
          checked={canEditOwn.value}
          disabled={readOnly}
          onChange={(on) => {
            update.clearStatus();
            canEditOwn.set(on);
          }}
        />
      ) : (
        <p className="tab-intro">Agents can always edit their own other notifications in Preferences.</p>
      )}
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
              const setting = settings.value.find((s) => s.event === event.key);
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
      {!readOnly && <SaveBar update={update} dirty={dirty} onReset={reset} onSave={() => void save()} />}
    </div>
  );
}
