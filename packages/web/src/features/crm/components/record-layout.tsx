import type { ReactNode } from 'react';
import { Tabs } from 'radix-ui';

export interface RecordTab {
  value: string;
  label: string;
  content: ReactNode;
}

interface RecordLayoutProps {
  /** The record's header; its name is the heading with id "crm-record-name". */
  header: ReactNode;
  /** Between the header and the body (a merge's undo banner). */
  banner?: ReactNode;
  /** Names the side card. */
  sideLabel: string;
  /** Contact and properties, beside the main column. */
  side: ReactNode;
  /** Names the tab list. */
  tabsLabel: string;
  /** The main column's tabs, the first one open. */
  tabs: readonly RecordTab[];
}

/** The one layout of a CRM record (a user's, an agent's): header, a side card, and the main column's tabs. */
export function RecordLayout({ header, banner, sideLabel, side, tabsLabel, tabs }: RecordLayoutProps) {
  return (
    <article className="crm-record" aria-labelledby="crm-record-name">
      {header}
      {banner}
      <div className="crm-record-body">
        <aside className="crm-side-card" aria-label={sideLabel}>
          {side}
        </aside>
        <Tabs.Root defaultValue={tabs[0]?.value} className="tabs crm-record-main">
          <Tabs.List className="tabs-list" aria-label={tabsLabel}>
            {tabs.map((tab) => (
              <Tabs.Trigger key={tab.value} value={tab.value} className="tabs-trigger">
                {tab.label}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Content key={tab.value} value={tab.value} className="tabs-content">
              {tab.content}
            </Tabs.Content>
          ))}
        </Tabs.Root>
      </div>
    </article>
  );
}
