import type { GraphQLResolveInfo } from 'graphql';
import type { DataSource } from 'typeorm';
import { rowsById } from '../../common/dataloaders';
import { keepPreloaded } from '../../common/page-preload';
import { columnsFor, documentSelects, entityColumnNames, selectedAt } from '../../common/selection';
import { Organization } from '../organization/organization.entity';
import type { User } from './user.entity';
import { primaryEmails } from './user.loaders';

/** Organization fields answered by field resolvers and the columns they read (others: every column). */
const ORGANIZATION_FIELD_COLUMNS: Record<string, string[]> = { __typename: [] };

/**
 * The CRM list's page: its organizations, and the primary addresses of rows the page read without
 * one (crm_user.primary_email is null or was not read), when the document selects them, one
 * statement each for the whole page (common/page-preload.ts), the organizations with only the
 * columns selected under them. A document that also reads `emails` shares their statement
 * instead (the row's resolver, as before).
 */
export async function preloadUserPage(ds: DataSource, users: User[], info: GraphQLResolveInfo): Promise<void> {
  if (!users.length) return;
  const fields = selectedAt(info, ['edges', 'node']);
  // The page reads the row's copy (crm_user.primary_email): only rows without one need the addresses.
  const noCopy =
    fields.has('primaryEmail') && !documentSelects(info, 'emails') ? users.filter((u) => typeof u.primaryEmail !== 'string') : [];
  const wantOrganization = fields.has('organization');
  const orgIds = wantOrganization ? [...new Set(users.flatMap((u) => (u.organizationId ? [u.organizationId] : [])))] : [];
  const orgColumns =
    wantOrganization &&
    columnsFor(selectedAt(info, ['edges', 'node', 'organization']), ORGANIZATION_FIELD_COLUMNS, entityColumnNames(ds, Organization));
  const [primary, organizations] = await Promise.all([
    noCopy.length
      ? primaryEmails(
          ds,
          noCopy.map((u) => u.id),
        )
      : null,
    orgIds.length ? rowsById(ds, Organization, orgIds, orgColumns || undefined) : [],
  ]);
  if (primary) keepPreloaded(noCopy, 'primaryEmail', primary);
  if (wantOrganization) {
    const byId = new Map(organizations.map((o) => [o.id, o]));
    keepPreloaded(
      users,
      'organization',
      users.map((u) => (u.organizationId ? (byId.get(u.organizationId) ?? null) : null)),
    );
  }
}
