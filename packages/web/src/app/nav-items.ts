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

export interface NavItem {
  to: string;
  /** Decorative, before the label in the sidebar. */
  icon?: LucideIcon;
  label: string;
  /** A short line for the "coming next" placeholder of sections not built yet. */
  summary: string;
  /** Shown only to agents whose effective permissions include it. */
  permission?: string;
}

/** Everyone's sections. */
export const MAIN_NAV: NavItem[] = [
  { to: '/', icon: House, label: 'Home', summary: '' },
  { to: '/crm', icon: Contact, label: 'Users', summary: '', permission: 'people.view' },
  { to: '/agents', icon: Headset, label: 'Agents', summary: '' },
  { to: '/preferences', icon: SlidersHorizontal, label: 'Preferences', summary: '' },
];

/** Administrator sections: hidden from other agents and guarded by RequireAdmin. */
export const ADMIN_NAV: NavItem[] = [
  { to: '/admin', icon: LayoutDashboard, label: 'Admin home', summary: 'Seats, the quick invite and the administrators.' },
  {
    to: '/invitations',
    icon: Mail,
    label: 'Invitations',
    summary: 'Pending invitations: who invited whom and when, expiry, resend and revoke.',
  },
  {
    to: '/permission-groups',
    icon: ShieldCheck,
    label: 'Permission groups',
    summary: 'Groups of permissions as a matrix; create, edit, copy and delete custom groups.',
  },
  { to: '/teams', icon: UsersRound, label: 'Teams', summary: 'Create, rename and delete teams and choose their members.' },
  { to: '/departments', icon: Building2, label: 'Departments', summary: 'Create, rename and delete departments.' },
  {
    to: '/business-units',
    icon: BriefcaseBusiness,
    label: 'Business units',
    summary: 'The business units agents are assigned to: create, rename and delete.',
  },
  {
    to: '/user-fields',
    icon: ListChecks,
    label: 'User fields',
    summary: 'Custom properties of users: text, number, date, dropdown and checkbox fields.',
  },
  {
    to: '/api-tokens',
    icon: KeyRound,
    label: 'API tokens',
    summary: 'Scoped tokens for third parties: create, see when each was last used, revoke.',
  },
  { to: '/license', icon: BadgeCheck, label: 'License', summary: 'Seats in use, pending invitations and the seats left.' },
  {
    to: '/single-sign-on',
    icon: LogIn,
    label: 'Single sign-on',
    summary: 'Sign in through your identity provider (OIDC): providers, new agents, SSO required.',
  },
  {
    to: '/audit',
    icon: ScrollText,
    label: 'Audit log',
    summary: 'Every administrative change and security event, filtered and exported as CSV.',
  },
  { to: '/outbox', icon: Send, label: 'Outbox', summary: 'Outgoing email: see failed messages and retry them.' },
];
