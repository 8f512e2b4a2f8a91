// The demo CRM (pnpm seed, --demo): organizations, usergroups, end users, notes, files and one
// pending duplicate pair. Users are generated from a seeded pseudo-random sequence, so every run
// (and every machine) produces the same people. The code that writes them is seed-crm.ts.
import { prng } from '../common/prng';
import type { ContactFields } from '../modules/user';

export const DEMO_USER_COUNT = 300;

export interface OrganizationSpec {
  name: string;
  domain: string;
  website: string;
}

export const ORGANIZATIONS: OrganizationSpec[] = [
  { name: 'Northwind Traders', domain: 'northwind.example', website: 'https://northwind.example' },
  { name: 'Contoso Pharmaceuticals', domain: 'contoso.example', website: 'https://contoso.example' },
  { name: 'Fabrikam Logistics', domain: 'fabrikam.example', website: 'https://fabrikam.example' },
  { name: 'Tailspin Toys', domain: 'tailspin.example', website: 'https://tailspin.example' },
  { name: 'Wingtip Outfitters', domain: 'wingtip.example', website: 'https://wingtip.example' },
  { name: 'Adventure Works Cycles', domain: 'adventure-works.example', website: 'https://adventure-works.example' },
  { name: 'Litware Analytics', domain: 'litware.example', website: 'https://litware.example' },
  { name: 'Proseware Studios', domain: 'proseware.example', website: 'https://proseware.example' },
];

/** Where people without an organization (and everyone's second address) have their mail. */
const WEBMAIL = ['mailbox.example', 'postbox.example', 'inbox.example'];

export const USERGROUPS = ['VIP Customers', 'Beta Testers', 'Resellers', 'Newsletter Subscribers', 'Enterprise Accounts'] as const;

const FIRST = [
  'Aiden', 'Amelia', 'Anika', 'Ben', 'Carmen', 'Chen', 'Clara', 'Dmitri', 'Elena', 'Emeka', 'Fatima', 'Felix', 'Grace', 'Hana',
  'Hugo', 'Ingrid', 'Isaac', 'Jasmine', 'Kai', 'Keiko', 'Lars', 'Leila', 'Lucas', 'Maya', 'Mohammed', 'Nadia', 'Nils', 'Olivia',
  'Omar', 'Paulo', 'Priya', 'Quinn', 'Rafael', 'Rosa', 'Samir', 'Sofia', 'Tariq', 'Thea', 'Tomasz', 'Uma', 'Valentina', 'Wei',
  'Yara', 'Yusuf', 'Zoe', 'Noah', 'Ava', 'Ethan',
]; // prettier-ignore
const LAST = [
  'Andersen', 'Bakshi', 'Costa', 'Dubois', 'Eriksson', 'Fischer', 'García', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski', 'Larsen',
  'Martins', 'Nakamura', 'Novak', 'Okonkwo', 'Patel', 'Quintero', 'Rossi', 'Schmidt', 'Tanaka', 'Umarov', 'Varga', 'Walsh',
  'Xu', 'Yilmaz', 'Zhang', 'Brennan', 'Castillo', 'Demir', 'Lindqvist', "O'Brien", 'Moreau', 'Silva', 'Kim', 'Müller',
]; // prettier-ignore

/** A time zone and the language people there most often write in. */
const PLACES: [string, string][] = [
  ['America/New_York', 'en-US'],
  ['America/Chicago', 'en-US'],
  ['America/Los_Angeles', 'en-US'],
  ['America/Sao_Paulo', 'pt-BR'],
  ['America/Mexico_City', 'es'],
  ['Europe/London', 'en-GB'],
  ['Europe/Berlin', 'de'],
  ['Europe/Paris', 'fr'],
  ['Europe/Madrid', 'es'],
  ['Europe/Warsaw', 'pl'],
  ['Europe/Stockholm', 'sv'],
  ['Africa/Lagos', 'en'],
  ['Asia/Tokyo', 'ja'],
  ['Asia/Kolkata', 'en-IN'],
  ['Asia/Singapore', 'en'],
  ['Australia/Sydney', 'en-AU'],
];

const SUMMARIES = [
  'Prefers email over phone; answers within a day.',
  'Key contact for renewals. Fiscal year ends in June.',
  'Reported the export bug in March; keep them posted on fixes.',
  'Runs the pilot with 40 seats, decision expected next quarter.',
  'Asked for invoices in EUR from now on.',
];

export const NOTES = [
  'Called about the delayed shipment; promised an update by Friday.',
  'Wants a walkthrough of the reporting features next week.',
  'Happy with the last release, mentioned us to two other teams.',
  'Billing address changed: new PO required for the next invoice.',
  'Escalated twice this month. Handle with extra care.',
  'Interested in the enterprise plan; forwarded to Sales.',
  'Out of office until the 15th, their colleague covers meanwhile.',
];

export interface DemoFileSpec {
  fileName: string;
  contentType: string;
  text: string;
}

export const FILES: DemoFileSpec[] = [
  {
    fileName: 'meeting-notes.txt',
    contentType: 'text/plain',
    text: 'Kick-off call\n- 40 seats in the pilot\n- SSO needed before go-live\n- Next call: in two weeks\n',
  },
  { fileName: 'order-history.csv', contentType: 'text/csv', text: 'Order,Date,Total\n10231,2026-09-14,1240.00\n10544,2026-11-02,310.50\n' },
  { fileName: 'requirements.txt', contentType: 'text/plain', text: 'Must have: CSV export, audit log.\nNice to have: dark mode.\n' },
  { fileName: 'contract-summary.txt', contentType: 'text/plain', text: 'Term: 24 months. Notice: 90 days. Support: business hours.\n' },
];

/** A demo user, as the seed writes it (addresses normalised: lower case, the first one primary). */
export interface DemoUser {
  name: string;
  emails: string[];
  contact: ContactFields;
  organization?: string;
  usergroups: string[];
  isAutoResponder?: boolean;
}

/** "Zoë O'Brien" -> "zoe.obrien". */
const localPart = (first: string, last: string) =>
  `${first}.${last}`
    .normalize('NFD')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();

/** The two users that look like one person (same phone, same company domain, similar names): the merge suggestion. */
export const DUPLICATE_PAIR: [DemoUser, DemoUser] = [
  {
    name: 'Jonathan Whitfield',
    emails: ['jonathan.whitfield@northwind.example'],
    contact: { phone: '+1 415 555 0199', timezone: 'America/Los_Angeles', language: 'en-US' },
    organization: 'Northwind Traders',
    usergroups: ['VIP Customers'],
  },
  {
    name: 'Jon Whitfield',
    emails: ['jon.whitfield@northwind.example'],
    contact: { phone: '+1 (415) 555-0199' },
    usergroups: [],
  },
];

/** The demo's end users: `count` generated people plus the duplicate pair, the same on every call. */
export function demoUsers(count = DEMO_USER_COUNT): DemoUser[] {
  const next = prng(19);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const taken = new Set(DUPLICATE_PAIR.flatMap((u) => u.emails));
  const address = (local: string, domain: string) => {
    let candidate = `${local}@${domain}`;
    for (let n = 2; taken.has(candidate); n++) candidate = `${local}${n}@${domain}`;
    taken.add(candidate);
    return candidate;
  };
  const users: DemoUser[] = [];
  for (let i = 0; i < count; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const org = next() < 0.75 ? pick(ORGANIZATIONS) : undefined;
    const local = localPart(first, last);
    const emails = [address(local, org?.domain ?? pick(WEBMAIL))];
    // About one in six has a second address, one in eighteen a third.
    const extra = next();
    if (extra < 1 / 6) emails.push(address(local, pick(WEBMAIL.filter((d) => !emails[0].endsWith(d)))));
    if (extra < 1 / 18)
      emails.push(
        address(
          `${first[0]}${last}`
            .normalize('NFD')
            .replace(/[^A-Za-z]/g, '')
            .toLowerCase(),
          'alumni.example',
        ),
      );
    const [timezone, language] = next() < 0.85 ? pick(PLACES) : [undefined, undefined];
    const contact: ContactFields = { timezone, language };
    // Distinct numbers (from the index): only the duplicate pair shares one.
    if (next() < 0.6) contact.phone = `+1 212 555 ${String(1000 + i).padStart(4, '0')}`;
    if (org && next() < 0.3) contact.website = org.website;
    if (next() < 0.15) contact.twitter = local.replace('.', '_').slice(0, 15);
    if (next() < 0.1) contact.summary = pick(SUMMARIES);
    const groups = new Set<string>();
    for (const g of USERGROUPS) if (next() < 0.12) groups.add(g);
    users.push({
      name: `${first} ${last}`,
      emails,
      contact,
      organization: org?.name,
      usergroups: [...groups],
      isAutoResponder: next() < 0.03,
    });
  }
  return [...users, ...DUPLICATE_PAIR];
}

/** A plausible raw value for a custom field of this type (the field's own rules then normalise it). */
export function demoCustomValue(type: string, options: readonly string[], n: number): string {
  switch (type) {
    case 'NUMBER':
      return String((n * 37) % 500);
    case 'DATE':
      return `2026-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    case 'CHECKBOX':
      return n % 2 ? 'true' : 'false';
    case 'DROPDOWN':
      return options[n % options.length] ?? '';
    default:
      return `Demo value ${n}`;
  }
}
