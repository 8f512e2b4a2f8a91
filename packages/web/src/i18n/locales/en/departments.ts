export const departments = {
  list: {
    caption_one: '{{count}} department',
    caption_other: '{{count}} departments',
    nameLabel: 'Department name',
    renameTitle: 'Rename department {{name}}',
    deleteTitle: 'Delete department {{name}}?',
    deleteLabel: 'Delete department',
  },
  page: {
    title: 'Departments',
    allDepartments: 'All departments',
    what: 'departments',
    empty: 'No departments yet',
    create: 'Create a department',
    newDepartment: 'New department',
    departmentName: 'Department name',
    createDepartment: 'Create department',
    created: 'Department {{name}} created.',
  },
  deleteConsequence: {
    none: 'No agent or permission group has access to {{name}}.',
    agents_one: '{{count}} agent',
    agents_other: '{{count}} agents',
    groups_one: '{{count}} permission group',
    groups_other: '{{count}} permission groups',
    both: '{{agents}} and {{groups}}',
    lose_one: '{{holders}} loses access to {{name}}.',
    lose_other: '{{holders}} lose access to {{name}}.',
  },
  accessHelp: {
    topic: 'department access',
    levels:
      "<strong>Full</strong>: see and work the department's tickets. <strong>Assign</strong>: may assign tickets to the department without seeing them afterwards.",
    sources: 'Agents get it directly or through their permission groups, whichever is higher.',
  },
} as const;
