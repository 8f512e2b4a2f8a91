// The admin's CRM settings: team-scoped visibility of users and the map link of addresses.
export const crmSettings = {
  what: 'CRM settings',
  teamScoped: {
    label: "Agents see only users of their teams' organizations",
    hint: 'Administrators still see every user. Users without an organization are hidden from other agents.',
    confirmTitle: 'Turn on team-scoped visibility?',
    confirmLabel: 'Turn on',
    confirmBody: "Every agent who is not an administrator sees only the users of their teams' organizations, from now on.",
    confirmHidden: 'Users without an organization are hidden from them.',
  },
  lastChanged: 'Last changed by {{name}}, {{when}}.',
  neverChanged: 'Never changed.',
  assignTeams: 'Assign organizations to teams on the <to>Teams</to> page.',
  map: {
    label: 'Map link for addresses',
    hint: "An https address with {query} where the user's mailing address goes. Roster loads no map itself.",
    save: 'Save map link',
    useDefault: 'Use OpenStreetMap',
    saved: 'Addresses now link to {{url}}.',
    theMap: 'the map',
  },
} as const;
