// The Quick Start Guide attached to welcome emails (English). {{minLength}} is the shortest password
// Roster accepts. de's guide (guide.de.ts) must have the same sections, blocks and list lengths.

export const guide = {
  filename: 'Roster-Quick-Start-Guide.pdf',
  title: 'Roster \u2014 Quick Start Guide for agents',
  subtitle: 'Everything you need for your first day on the helpdesk.',
  documentTitle: 'Roster - Quick Start Guide for agents',
  documentSubject: 'Getting started as a Roster agent',
  footer: 'Roster Quick Start Guide  \u00b7  page {{page}} of {{pages}}',
  sections: [
    {
      title: '1. Signing in for the first time',
      blocks: [
        {
          p: 'Your administrator created your Roster agent account. Your welcome email lists your login email address and, when one was set, a temporary password.',
        },
        {
          list: [
            'Open the sign-in link from the welcome email and sign in with your login email and the temporary password.',
            'Roster then asks you to choose a new password before you can do anything else. Pick one you use nowhere else, at least {{minLength}} characters long; a passphrase of several words works well.',
            'The temporary password stops working once you have changed it, and after 7 days if you never use it. If it has expired or you lost it, use "Forgot password?" on the sign-in page.',
            'If you were invited instead, the invitation link lets you choose your password directly.',
          ],
        },
        { p: 'Never share your password. Administrators and Roster support will never ask you for it.' },
        { h3: 'Two-step sign-in' },
        {
          list: [
            'Turn it on under Preferences, Two-step sign-in: scan the QR code with an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator, 1Password or Aegis), then enter the six-digit code it shows. From then on Roster asks for a code from the app after your password, so a stolen password alone cannot sign in.',
            'Roster then shows you 10 recovery codes, once: save them somewhere safe. Each works once in place of a code if you lose your phone; you can make new ones under Preferences.',
            'You can also add passkeys there (your device\u2019s fingerprint, face or PIN, or a security key) and use one instead of the app\u2019s code.',
            'Your administrator may require two-step sign-in: Roster then asks you to set it up right after your password. If you lose your phone and your recovery codes, ask an administrator to reset it.',
            'Roster never sends codes by text message (SMS) or email.',
          ],
        },
      ],
    },
    {
      title: '2. Where things are in Roster',
      blocks: [
        { p: 'After signing in, the menu on the left (a menu button on a phone) takes you to:' },
        { h3: 'Users (the CRM pane)' },
        {
          list: [
            'Shown when your permissions include viewing users. Search by name or the start of an email address, and narrow the list by organization or usergroup. The list scrolls through every user, a page at a time.',
            'Open a user to see and edit their record: name, email addresses (one is primary and receives notifications; make another primary, add one, or copy one), organization (pick one or create it on the spot), usergroups, contact information, summary, properties (timezone with the user\u2019s local time, language and the custom fields your administrators defined), notes and files.',
            'The Change log tab shows who changed what and when; the Activity tab lists changes, notes, files and merges in time order.',
            'When one person wrote from two addresses, use Merge to combine the two users (the record suggests possible duplicates). A merge can be undone for 7 days. Mark a user as an auto-responder so that no automatic replies are sent to a mailbox that answers by itself.',
            'Import / export reads and writes users as a CSV file, with a preview of every row before anything is saved.',
            'Each record has its own address, so you can share a link to it with a colleague. A user named elsewhere (a duplicate, an activity entry) opens in a pop-up that you can expand into the pane.',
          ],
        },
        { h3: 'Agents in the CRM' },
        {
          p: 'At the bottom of the filter pane, the Agents section lists your colleagues, filtered by team. Their CRM record holds a summary, contact information (separate from the phone in their profile) and notes.',
        },
        { h3: 'Agents' },
        {
          p: 'The list of your colleagues: search by name, alias or email and filter by team to find who handles what.',
        },
        { h3: 'Preferences' },
        { p: 'Your own profile, signature, notifications, password, two-step sign-in and sessions (see section 3).' },
        {
          p: 'Administrators also see an Administration section: agents, invitations, permission groups, teams, departments, API tokens, license and outgoing mail.',
        },
      ],
    },
    {
      title: '3. Your Preferences',
      blocks: [
        { p: 'Open Preferences from the menu to set up how you appear and how Roster reaches you:' },
        {
          list: [
            'Name: your full name, as your colleagues see it.',
            'Alias: an optional name shown to users instead of your real name in replies.',
            'Email: your login email address, also used for notifications.',
            'Phone: a number your colleagues can reach you on (Roster sends no text messages).',
            'Timezone and language: times are shown in your timezone; the language is that of Roster\u2019s screens and of the emails Roster sends you (English or German).',
            'Signature: added to the end of your replies; basic formatting is kept.',
            'Notifications: choose which ticket events notify you, and how. Your administrator may have locked these settings.',
            'Two-step sign-in: turn it on or off, or make new recovery codes (see section 1).',
            'Sessions: every browser you are signed in on; sign out of one, or of all the others. Changing your password or your two-step sign-in signs out the others.',
          ],
        },
      ],
    },
    {
      title: '4. Permissions, teams and departments',
      blocks: [
        {
          list: [
            'Permissions decide what you can do: for example view unassigned tickets, reply, assign, merge users or delete tickets. They come from permission groups (such as "All Non-Destructive Permissions") and from permissions given to you directly.',
            'Teams group agents who work together. The agents list can be filtered by team.',
            'Departments (for example Sales or Support) decide which kinds of work you can see in full or only be assigned.',
            "Administrators manage all of these. If you cannot see or do something you need, ask your administrator rather than sharing a colleague's account.",
          ],
        },
      ],
    },
    {
      title: '5. Getting help',
      blocks: [
        {
          list: [
            'Your administrator is your first contact for access, permissions, teams and license questions.',
            'Forgot your password? Use "Forgot password?" on the sign-in page: Roster emails you a link that works once, for 60 minutes, and signs you out everywhere else when used. Locked out after too many attempts? Wait 15 minutes. Your administrator can also send you a reset link or a new temporary password. Roster never sends text messages (SMS).',
            'Keep this guide: it is attached to your welcome email.',
          ],
        },
      ],
    },
  ],
} as const;
