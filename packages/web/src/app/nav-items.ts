import type { LucideIcon } from 'lucide-react';
import {
  LogIn,
  BadgeCheck,
  BriefcaseBusiness,
  Building2,
  Contact,
  Headset,
  House,
  KeyRound,
  LayoutDashboard,
  ListChecks,
  Mail,
  ScrollText,
  Send,
  ShieldCheck,
  SlidersHorizontal,
  UsersRound,
} from 'lucide-react';

import type { app } from '../i18n/locales/en/app';

export type NavKey = keyof typeof app.nav;

export interface NavItem {
  to: string;
  /** Decorative, before the label in the sidebar. */
  icon?: LucideIcon;
  /** Its label: `app:nav.<key>` in the SPA's messages. */
  key: NavKey;
  /** Shown only to agents whose effective permissions include it. */
  permission?: string;
}

/** Everyone's sections. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', icon: House, key: 'home' },
  { to: '/crm', icon: Contact, key: 'users', permission: 'people.view' },
  { to: '/agents', icon: Headset, key: 'agents' },
  { to: '/preferences', icon: SlidersHorizontal, key: 'preferences' },
];

/** Administrator sections: hidden from other agents and guarded by RequireAdmin. */
export const ADMIN_NAV: NavItem[] = [
  { to: '/admin', icon: LayoutDashboard, key: 'adminHome' },
  { to: '/invitations', icon: Mail, key: 'invitations' },
  { to: '/permission-groups', icon: ShieldCheck, key: 'permissionGroups' },
  { to: '/teams', icon: UsersRound, key: 'teams' },
  { to: '/departments', icon: Building2, key: 'departments' },
  { to: '/business-units', icon: BriefcaseBusiness, key: 'businessUnits' },
  { to: '/user-fields', icon: ListChecks, key: 'userFields' },
  { to: '/api-tokens', icon: KeyRound, key: 'apiTokens' },
  { to: '/license', icon: BadgeCheck, key: 'license' },
  { to: '/single-sign-on', icon: LogIn, key: 'singleSignOn' },
  { to: '/audit', icon: ScrollText, key: 'audit' },
  { to: '/outbox', icon: Send, key: 'outbox' },
];
