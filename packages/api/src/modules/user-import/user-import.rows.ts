import { sortKey, splitList, UserCsvKey } from '@roster/shared';
import { FieldCheck } from '../../common/errors';
import { quoteValue } from '../../common/quote-input';
import { CheckedRow, HeaderPlan, NameIndex, RowCells, SeenEmails } from '../import/import.cells';
import { checkContact, checkUserEmail, checkUserName, ContactFields, USER_LIMITS } from '../user/user.validation';

// Validation of user CSV rows (docs/csv.md "User CSV"): the cells go through the user record's own
// checks (user.validation.ts), whose field errors become row errors on the matching column.

/** What a valid row says; undefined: the column is absent or the optional cell empty. */
export interface UserImportValues {
  name: string;
  /** Normalised, without repeats; the first is the primary address. */
  emails: string[];
  contact: ContactFields;
  /** The organization's name as written (created when missing); undefined: not given. */
  organization?: { name: string; id: number | null };
  usergroupIds?: number[];
  isAutoResponder?: boolean;
}

const CONTACT_COLUMNS = ['phone', 'website', 'twitter', 'linkedin', 'facebook', 'address', 'timezone', 'language', 'summary'] as const;

export interface UserCheckerOptions {
  plan: HeaderPlan<UserCsvKey>;
  usergroups: NameIndex;
  /** Organizations by sortKey(name). */
  organizations: Map<string, number>;
  /** Whether a missing organization may be created (people.manage_organizations). */
  mayCreateOrganizations: boolean;
}

/** Checks user rows one after another; an address on two rows is an error on the second. */
export class UserRowChecker {
  private readonly seen = new SeenEmails();
  constructor(private readonly opts: UserCheckerOptions) {}

  check(row: number, cells: string[]): CheckedRow<UserImportValues> {
    const c = new RowCells(this.opts.plan, cells);
    const emails = this.emails(c, row);
    const fc = new FieldCheck();
    const rawName = c.text('name');
    const name = rawName === undefined ? undefined : checkUserName(fc, 'name', rawName);
    const given: ContactFields = {};
    // An empty cell leaves the field as it is (UPDATE), as in the agent import.
    for (const key of CONTACT_COLUMNS) {
      const v = c.text(key);
      if (v !== undefined) given[key] = v;
    }
    const contact = checkContact(fc, given);
    for (const [field, message] of Object.entries(fc.errors)) {
      c.fail(field as UserCsvKey, field === 'name' ? 'INVALID_NAME' : 'INVALID_VALUE', message);
    }
    const organization = this.organization(c);
    const usergroupIds = c.ids('usergroups', this.opts.usergroups, 'UNKNOWN_USERGROUP', 'usergroup');
    if (usergroupIds && usergroupIds.length > USER_LIMITS.usergroups)
      c.fail('usergroups', 'TOO_MANY', `has more than ${USER_LIMITS.usergroups} usergroups`);
    const isAutoResponder = c.flag('autoResponder');
    const { problems } = c;
    const values =
      problems.length || !name || !emails?.length ? null : { name, emails, contact, organization, usergroupIds, isAutoResponder };
    return { row, email: emails?.[0] ?? null, cells, problems, values };
  }

  private emails(c: RowCells<UserCsvKey>, row: number): string[] | undefined {
    const cell = c.text('email');
    if (cell === undefined) return undefined;
    const out: string[] = [];
    const items = splitList(cell);
    for (const raw of items) {
      const fc = new FieldCheck();
      const address = checkUserEmail(fc, 'email', raw);
      if (!address) {
        // One address of the cell: the whole cell when it has no other.
        c.fail('email', 'INVALID_EMAIL', `${quoteValue(raw)} ${fc.errors.email}`, items.length > 1 ? raw : c.raw('email'));
        continue;
      }
      if (out.includes(address)) continue;
      const first = this.seen.claim(address, row);
      if (first !== undefined) c.fail('email', 'DUPLICATE_EMAIL', `${address} is also on row ${first}`);
      out.push(address);
    }
    if (out.length > USER_LIMITS.emails) c.fail('email', 'TOO_MANY', `has ${out.length} addresses (at most ${USER_LIMITS.emails})`);
    return out;
  }

  private organization(c: RowCells<UserCsvKey>): UserImportValues['organization'] {
    const name = c.text('organization');
    if (name === undefined) return undefined;
    const id = this.opts.organizations.get(sortKey(name));
    if (id !== undefined) return { name, id };
    if (!this.opts.mayCreateOrganizations) {
      c.fail(
        'organization',
        'UNKNOWN_ORGANIZATION',
        `There is no organization "${quoteValue(name)}", and your permissions do not include creating one (people.manage_organizations)`,
      );
      return undefined;
    }
    return { name, id: null };
  }
}
