// /crm/import: export users as CSV and import a CSV of users.
export const userImport = {
  title: 'Import and export users',
  users: 'Users',
  newUser: 'New user',
  noAccess: 'Importing and exporting users needs the “View users” and “Create users” permissions. Ask one of your administrators for them.',
  exportTitle: 'Export',
  exportBody: 'Every user you can see, one per row, in the columns the import reads: edit the file and import it again to update them.',
  exportCsv: 'Export CSV',
  intro:
    'One user per row with Name and Email (several addresses separated by <code>;</code>, the first is the primary one), and optionally Organization, Usergroups, Phone, Website, Twitter, LinkedIn, Facebook, Address, Timezone, Language, Summary and Auto Responder (Yes or No). Existing users are found by their email addresses. Preview the file to see what each row would do before anything is written. <template>Download the CSV template</template>.',
} as const;
