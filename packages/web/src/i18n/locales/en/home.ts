export const home = {
  documentTitle: 'Home',
  welcome: 'Welcome, {{name}}',
  adminLink: 'Admin: seats, invitations, teams and more',
  preferencesLink: 'Your preferences',
  agentsTitle: 'Agents',
  agentsFooter: '<to>Open the agents list</to> to search, filter and open agents.',
} as const;
