import { Tabs } from 'radix-ui';
import { ProfileTab } from './profile-tab';
import { PermissionsTab } from './permissions-tab';
import { ChecklistTab } from './checklist-tab';
import { DepartmentsTab } from './departments-tab';
import { NotificationsTab } from './notifications-tab';
import { ChangeLogTab } from './change-log-tab';
import { SignInTab } from './sign-in-tab';
import type { FormTab } from './agent-form';
import type { TabMark } from './use-agent-form';
import type { AgentDetails, TabProps } from './agent-page-types';

export const AGENT_TABS = [
  { value: 'profile', label: 'Profile' },
  { value: 'permissions', label: 'Permissions' },
  { value: 'groups', label: 'Permission Groups' },
  { value: 'teams', label: 'Teams' },
  { value: 'departments', label: 'Departments' },
  { value: 'ticket-notifications', label: 'Ticket Notifications' },
  { value: 'other-notifications', label: 'Other Notifications' },
  { value: 'sign-in', label: 'Sign-in' },
  { value: 'change-log', label: 'Change log' },
] as const;
export type AgentTab = (typeof AGENT_TABS)[number]['value'];

const MARK_TEXT: Record<TabMark, string> = { unsaved: 'unsaved changes', error: 'has errors' };

interface ContentProps extends TabProps {
  agent: AgentDetails;
  /** The agent is the signed-in one. */
  isViewer: boolean;
}

function TabContent({ tab, agent, isViewer, ...props }: ContentProps & { tab: AgentTab }) {
  const { catalogs, readOnly } = props;
  switch (tab) {
    case 'profile':
      return <ProfileTab {...props} agent={agent} isViewer={isViewer} />;
    case 'permissions':
      return <PermissionsTab {...props} isViewer={isViewer} />;
    case 'groups':
      return (
        <ChecklistTab
          legend="Permission groups"
          intro="The agent gets every permission and department access of each group they are in."
          items={catalogs.permissionGroups.map((g) => ({
            id: g.id,
            label: g.name,
            note: `${g.builtIn ? 'Built in, ' : ''}${g.permissions.length} permissions`,
          }))}
          field="permissionGroupIds"
          readOnly={readOnly}
          empty="No permission groups yet."
        />
      );
    case 'teams':
      return (
        <ChecklistTab
          legend="Teams"
          items={catalogs.teams.map((t) => ({ id: t.id, label: t.name }))}
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
    case 'sign-in':
      return <SignInTab agent={agent} />;
    case 'change-log':
      return <ChangeLogTab agentId={agent.id} catalogs={catalogs} />;
  }
}

interface AgentTabsProps extends ContentProps {
  tab: AgentTab;
  onTabChange: (tab: AgentTab) => void;
  markOf: (tab: FormTab) => TabMark | undefined;
}

/**
 * The agent page's tabs (Radix Tabs: arrow keys move between them). Only the open tab renders:
 * edits live in the page's form, so they survive a look at another tab, and the change log
 * fetches the latest entries each time it opens. A tab with unsaved edits or errors says so in
 * its label: a dot, and words for screen readers.
 */
export function AgentTabs({ tab, onTabChange, markOf, ...props }: AgentTabsProps) {
  // Sign-in help is an administrator's, for other agents (one's own password: Preferences).
  const tabs = AGENT_TABS.filter((t) => t.value !== 'sign-in' || (!props.readOnly && !props.isViewer));
  return (
    <Tabs.Root value={tab} onValueChange={(value) => onTabChange(value as AgentTab)} className="tabs">
      <Tabs.List aria-label="Agent settings" className="tabs-list">
        {tabs.map((t) => (
          <Tabs.Trigger key={t.value} value={t.value} className="tabs-trigger">
            {t.label}
            <TabMarker mark={t.value === 'change-log' || t.value === 'sign-in' ? undefined : markOf(t.value)} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((t) => (
        <Tabs.Content key={t.value} value={t.value} className="tabs-content panel">
          <TabContent {...props} tab={t.value} />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}

function TabMarker({ mark }: { mark?: TabMark }) {
  if (!mark) return null;
  return (
    <>
      <span className={`tab-marker tab-marker-${mark}`} aria-hidden="true" />
      <span className="visually-hidden"> ({MARK_TEXT[mark]})</span>
    </>
  );
}
