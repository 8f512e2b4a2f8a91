import PDFDocument from 'pdfkit';
import { PASSWORD_MIN_LENGTH } from '@roster/shared';
import type { OutboxAttachment } from './outbox.entity';

// The guide is built in code with pdfkit's built-in Helvetica (no font or image files to ship),
// so it always matches the current product wording and needs nothing on disk.

/** What a welcome email puts in its outbox row; the bytes are generated at send time. */
export const QUICK_START_GUIDE_ATTACHMENT: OutboxAttachment = {
  filename: 'Roster-Quick-Start-Guide.pdf',
  source: 'quick-start-guide',
  contentType: 'application/pdf',
};

type Block = { p: string } | { list: string[] } | { h3: string };
interface Section {
  title: string;
  blocks: Block[];
}

const SECTIONS: Section[] = [
  {
    title: '1. Signing in for the first time',
    blocks: [
      {
        p: 'Your administrator created your Roster agent account. Your welcome email lists your login email address and, when one was set, a temporary password.',
      },
      {
        list: [
          'Open the sign-in link from the welcome email and sign in with your login email and the temporary password.',
          'Roster then asks you to choose a new password before you can do anything else. Pick one you use nowhere else, at least ' +
            `${PASSWORD_MIN_LENGTH} characters long; a passphrase of several words works well.`,
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
];

const MARGIN = 60;
const BODY_SIZE = 11;
const ACCENT = '#1f4e79';

function build(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // bufferPages lets the footer be written once the page count is known.
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      bufferPages: true,
      info: { Title: 'Roster - Quick Start Guide for agents', Author: 'Roster', Subject: 'Getting started as a Roster agent' },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const width = doc.page.width - 2 * MARGIN;
    doc.font('Helvetica-Bold').fontSize(24).fillColor(ACCENT).text('Roster \u2014 Quick Start Guide for agents', { width });
    doc.moveDown(0.3);
    doc.font('Helvetica').fontSize(12).fillColor('#555555').text('Everything you need for your first day on the helpdesk.', { width });
    doc.moveDown(0.5);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(1)
      .strokeColor(ACCENT)
      .stroke();
    doc.moveDown(1);

    for (const section of SECTIONS) {
      // Keep a heading with at least a few lines of its section.
      if (doc.y > doc.page.height - MARGIN - 120) doc.addPage();
      doc.font('Helvetica-Bold').fontSize(16).fillColor(ACCENT).text(section.title, { width });
      doc.moveDown(0.4);
      for (const block of section.blocks) {
        doc.fillColor('#000000');
        if ('h3' in block) {
          doc.font('Helvetica-Bold').fontSize(12).text(block.h3, { width });
          doc.moveDown(0.2);
        } else if ('p' in block) {
          doc.font('Helvetica').fontSize(BODY_SIZE).text(block.p, { width, lineGap: 2 });
          doc.moveDown(0.6);
        } else {
          doc
            .font('Helvetica')
            .fontSize(BODY_SIZE)
            .list(block.list, { width, lineGap: 2, bulletRadius: 2, textIndent: 14, paragraphGap: 4 });
          doc.moveDown(0.6);
        }
      }
      doc.moveDown(0.6);
    }

    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const y = doc.page.height - MARGIN + 20;
      // Writing below the bottom margin would otherwise make pdfkit add a page.
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      doc
        .font('Helvetica')
        .fontSize(9)
        .fillColor('#777777')
        .text(`Roster Quick Start Guide  \u00b7  page ${i + 1} of ${range.count}`, MARGIN, y, { width, align: 'center', lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
  });
}

let cached: Promise<Buffer> | null = null;

/** The guide as PDF bytes; built once per process (it never changes at run time). */
export function quickStartGuidePdf(): Promise<Buffer> {
  cached ??= build().catch((err) => {
    cached = null; // let a later call try again instead of caching the failure
    throw err;
  });
  return cached;
}
