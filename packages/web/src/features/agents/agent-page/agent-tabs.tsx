import { useState } from 'react';
import { Tabs } from 'radix-ui';
import { ProfileTab } from './profile-tab';
import { PermissionsTab } from './permissions-tab';
import { ChecklistTab } from './checklist-tab';
import { DepartmentsTab } from './departments-tab';
import { NotificationsTab } from './notifications-tab';
import { ChangeLogTab } from './change-log-tab';
import type { TabProps } from './agent-page-types';

export const AGENT_TABS = [
  { value: 'profile', label: 'Profile' },
  { value: 'permissions', label: 'Permissions' },
  { value: 'groups', label: 'Permission Groups' },
  { value: 'teams', label: 'Teams' },
  { value: 'departments', label: 'Departments' },
  { value: 'ticket-notifications', label: 'Ticket Notifications' },
  { value: 'other-notifications', label: 'Other Notifications' },
  { value: 'change-log', label: 'Change log' },
] as const;
export type AgentTab = (typeof AGENT_TABS)[number]['value'];

function TabContent(props: TabProps & { tab: AgentTab }) {
  const { agent, catalogs, readOnly, tab } = props;
  switch (tab) {
    case 'profile':
      return <ProfileTab {...props} />;
    case 'permissions':
      return <PermissionsTab {...props} />;
    case 'groups':
      return (
        <ChecklistTab
          agentId={agent.id}
          legend="Permission groups"
          intro="The agent gets every permission and department access of each group they are in. To restrict an agent, take them out of the built-in groups and put them in a custom group."
          items={catalogs.permissionGroups.map((g) => ({
            id: g.id,
            label: g.name,
            note: `${g.builtIn ? 'Built in, ' : ''}${g.permissions.length} permissions`,
          }))}
          selected={agent.permissionGroups.map((g) => g.id)}
          field="permissionGroupIds"
          readOnly={readOnly}
          empty="No permission groups yet."
        />
      );
    case 'teams':
      return (
        <ChecklistTab
          agentId={agent.id}
          legend="Teams"
          intro="A ticket assigned to a team counts as assigned to each of its members."
          items={catalogs.teams.map((t) => ({ id: t.id, label: t.name }))}
          selected={agent.teams.map((t) => t.id)}
          field="teamIds"
          readOnly={readOnly}
          empty="No teams yet."
        />
      );
    case 'departments':
      return <DepartmentsTab {...props} />;
    case 'ticket-notifications':
      return <NotificationsTab {...props} category="TICKET" />;
    case 'other-notifications':
      return <NotificationsTab {...props} category="OTHER" />;
    case 'change-log':
      return <ChangeLogTab agentId={agent.id} catalogs={catalogs} />;
  }
}

interface AgentTabsProps extends TabProps {
  tab: AgentTab;
  onTabChange: (tab: AgentTab) => void;
}

/**
 * The agent page's tabs (Radix Tabs: arrow keys move between them). A tab renders when first
 * opened and then stays mounted (hidden), so unsaved edits survive a look at another tab; the
 * change log renders only while open, so it fetches the latest entries each time.
 */
export function AgentTabs({ tab, onTabChange, ...props }: AgentTabsProps) {
  const [visited, setVisited] = useState<ReadonlySet<AgentTab>>(() => new Set([tab]));
  if (!visited.has(tab)) setVisited(new Set([...visited, tab]));
  const rendered = (value: AgentTab) => value === tab || (value !== 'change-log' && visited.has(value));
  return (
    <Tabs.Root value={tab} onValueChange={(value) => onTabChange(value as AgentTab)} className="tabs">
      <Tabs.List aria-label="Agent settings" className="tabs-list">
        {AGENT_TABS.map((t) => (
          <Tabs.Trigger key={t.value} value={t.value} className="tabs-trigger">
            {t.label}
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {AGENT_TABS.map((t) => (
        <Tabs.Content key={t.value} value={t.value} className="tabs-content panel" forceMount>
          {rendered(t.value) && <TabContent {...props} tab={t.value} />}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
