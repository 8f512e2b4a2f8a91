import type { Messages } from '../../messages';
import type { teams as en } from '../en/teams';

export const teams: Messages<typeof en> = {
  list: {
    caption_one: '{{count}} Team',
    caption_other: '{{count}} Teams',
    nameLabel: 'Teamname',
    renameTitle: 'Team {{name}} umbenennen',
    deleteTitle: 'Team {{name}} löschen?',
    deleteLabel: 'Team löschen',
  },
  page: {
    title: 'Teams',
    allTeams: 'Alle Teams',
    what: 'Teams',
    empty: 'Noch keine Teams',
    create: 'Team erstellen',
    newTeam: 'Neues Team',
    teamName: 'Teamname',
    createTeam: 'Team erstellen',
    created: 'Team {{name}} erstellt.',
  },
  deleteConsequence: {
    none: 'Kein Agent ist in diesem Team.',
    members_one: '{{count}} Agent wird aus diesem Team entfernt (sein Änderungsprotokoll hält es fest). Der Agent selbst bleibt.',
    members_other:
      '{{count}} Agenten werden aus diesem Team entfernt (ihre Änderungsprotokolle halten es fest). Die Agenten selbst bleiben.',
  },
  column: {
    members: 'Mitglieder',
    noMembers: 'Keine Mitglieder',
    memberCount_one: '{{count}} Mitglied',
    memberCount_other: '{{count}} Mitglieder',
    organizations: 'Organisationen',
    noOrganizations: 'Keine',
    organizationCount_one: '{{count}} Organisation',
    organizationCount_other: '{{count}} Organisationen',
    andMore: '{{names}} und {{count}} weitere',
  },
  members: {
    button: 'Mitglieder',
    label: 'Mitglieder von {{name}} bearbeiten',
    title: 'Mitglieder von {{name}}',
    description: 'Haken Sie die Agenten an, die zu diesem Team gehören, und speichern Sie.',
    search: 'Name oder E-Mail',
    save: 'Mitglieder speichern',
  },
  organizations: {
    button: 'Organisationen',
    label: 'Organisationen von {{name}} bearbeiten',
    title: 'Organisationen von {{name}}',
    description: 'Ist die teambezogene Sichtbarkeit an, sehen die Mitglieder des Teams nur die Benutzer dieser Organisationen.',
    search: 'Name',
    save: 'Organisationen speichern',
  },
  checklist: {
    saving: 'Wird gespeichert…',
    agent: {
      find: 'Agenten suchen',
      loading: 'Agenten werden geladen…',
      noMatch: 'Kein Agent passt zu „{{search}}“.',
      none: 'Noch keine Agenten.',
    },
    organization: {
      find: 'Organisationen suchen',
      loading: 'Organisationen werden geladen…',
      noMatch: 'Keine Organisation passt zu „{{search}}“.',
      none: 'Noch keine Organisationen.',
    },
    selected: {
      agent_one: '{{count}} Agent ausgewählt',
      agent_other: '{{count}} Agenten ausgewählt',
      organization_one: '{{count}} Organisation ausgewählt',
      organization_other: '{{count}} Organisationen ausgewählt',
      member_one: '{{count}} Mitglied ausgewählt',
      member_other: '{{count}} Mitglieder ausgewählt',
    },
  },
};
