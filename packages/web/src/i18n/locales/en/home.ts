export const home = {
  documentTitle: 'Home',
  welcome: 'Welcome, {{name}}',
  adminLink: 'Admin: seats, invitations, teams and more',
  preferencesLink: 'Your preferences',
  agentsTitle: 'Agents',
  agentsFooter: '<link>Open the agents list</link> to search, filter and open agents.',
} as const;
