import { Tabs } from 'radix-ui';
import { useTranslation } from 'react-i18next';
import { ProfileTab } from './profile-tab';
import { PermissionsTab } from './permissions-tab';
import { ChecklistTab } from './checklist-tab';
import { DepartmentsTab } from './departments-tab';
import { NotificationsTab } from './notifications-tab';
import { ChangeLogTab } from './change-log-tab';
import { SignInTab } from './sign-in-tab';
import { usePermissionLabels } from '../../permission-groups/permission-labels';
import type { FormTab } from './agent-form';
import type { TabMark } from './use-agent-form';
import type { AgentDetails, TabProps } from './agent-page-types';

export const AGENT_TABS = [
  { value: 'profile', label: 'page.tabs.profile' },
  { value: 'permissions', label: 'page.tabs.permissions' },
  { value: 'groups', label: 'page.tabs.groups' },
  { value: 'teams', label: 'page.tabs.teams' },
  { value: 'departments', label: 'page.tabs.departments' },
  { value: 'ticket-notifications', label: 'page.tabs.ticketNotifications' },
  { value: 'other-notifications', label: 'page.tabs.otherNotifications' },
  { value: 'sign-in', label: 'page.tabs.signIn' },
  { value: 'change-log', label: 'page.tabs.changeLog' },
] as const;
export type AgentTab = (typeof AGENT_TABS)[number]['value'];

interface ContentProps extends TabProps {
  agent: AgentDetails;
  /** The agent is the signed-in one. */
  isViewer: boolean;
}

function TabContent({ tab, agent, isViewer, ...props }: ContentProps & { tab: AgentTab }) {
  const { t } = useTranslation('agents');
  // Built-in groups by their name in the agent's language ("Alle Berechtigungen"), as the list and filters show them.
  const { groupName } = usePermissionLabels();
  const { catalogs, readOnly } = props;
  switch (tab) {
    case 'profile':
      return <ProfileTab {...props} agent={agent} isViewer={isViewer} />;
    case 'permissions':
      return <PermissionsTab {...props} isViewer={isViewer} />;
    case 'groups':
      return (
        <ChecklistTab
          legend={t('shared.permissionGroups')}
          intro={t('page.groupsIntro')}
          items={catalogs.permissionGroups.map((g) => ({
            id: g.id,
            label: groupName(g),
            note: t(g.builtIn ? 'page.builtInNote' : 'page.groupNote', { count: g.permissions.length }),
          }))}
          field="permissionGroupIds"
          readOnly={readOnly}
          empty={t('page.noGroups')}
        />
      );
    case 'teams':
      return (
        <ChecklistTab
          legend={t('shared.teams')}
          items={catalogs.teams.map((team) => ({ id: team.id, label: team.name }))}
          field="teamIds"
          readOnly={readOnly}
          empty={t('page.noTeams')}
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
  const { t } = useTranslation('agents');
  const tabs = AGENT_TABS.filter((tab) => tab.value !== 'sign-in' || (!props.readOnly && !props.isViewer));
  return (
    <Tabs.Root value={tab} onValueChange={(value) => onTabChange(value as AgentTab)} className="tabs">
      <Tabs.List aria-label={t('page.tabsLabel')} className="tabs-list">
        {tabs.map((tab) => (
          <Tabs.Trigger key={tab.value} value={tab.value} className="tabs-trigger">
            {t(tab.label)}
            <TabMarker mark={tab.value === 'change-log' || tab.value === 'sign-in' ? undefined : markOf(tab.value)} />
          </Tabs.Trigger>
        ))}
      </Tabs.List>
      {tabs.map((tab) => (
        <Tabs.Content key={tab.value} value={tab.value} className="tabs-content panel">
          <TabContent {...props} tab={tab.value} />
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}

function TabMarker({ mark }: { mark?: TabMark }) {
  const { t } = useTranslation('agents');
  if (!mark) return null;
  return (
    <>
      <span className={`tab-marker tab-marker-${mark}`} aria-hidden="true" />
      <span className="visually-hidden"> ({t(`page.mark.${mark}`)})</span>
    </>
  );
}
