import { EntityManager } from 'typeorm';
import { USER_CSV_COLUMNS, UserCsvKey } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { DomainError, forbidden, isUniqueViolation } from '../../common/errors';
import { chunks } from '../../common/relations';
import type { ServiceContext, ServiceDeps } from '../../common/service';
import { Agent } from '../agent/agent.entity';
import { ImportJob, ImportExistingMode, ImportRowAction } from '../import/import-job.entity';
import { HeaderPlan, NameIndex } from '../import/import.cells';
import { CsvFileError } from '../import/import.csv';
import { Decided, errorRow, registerImportKind } from '../import/import.kinds';
import { Organization } from '../organization/organization.entity';
import { actorPermissions, requirePermission } from '../permission/permission.check';
import { PEOPLE } from '../user/user.permissions';
import { userScope } from '../user';
import { Usergroup } from '../usergroup/usergroup.entity';
import { UserImportValues, UserRowChecker } from './user-import.rows';
import { createImportedUsers, updateImportedUsers } from './user-import.write';

/**
 * What importing needs: people.create, and people.edit to UPDATE existing users. An agent restricted
 * by team-scoped visibility may not import: rows are matched against every user by address, so an
 * import would reveal and change users outside their teams' organizations.
 */
export async function requireImportPermissions(sc: ServiceContext, existing: ImportExistingMode | null | undefined): Promise<void> {
  await requirePermission(sc, PEOPLE.create, 'creating users');
  if (existing === ImportExistingMode.UPDATE) await requirePermission(sc, PEOPLE.edit, 'editing users');
  if (await userScope(sc)) {
    throw forbidden("Importing users is not available to agents who see only their teams' organizations (team-scoped visibility)");
  }
}

/** The agent (or their token) who started the job, checked again: permissions removed since stop the job. */
async function jobActor(em: EntityManager, job: ImportJob, services: ServiceDeps): Promise<Actor> {
  const agent = job.actorAgentId ? await em.findOneBy(Agent, { id: job.actorAgentId }) : null;
  if (!agent) throw new CsvFileError('NOT_ALLOWED', 'The agent who started this import no longer exists');
  const actor: Actor = {
    kind: job.actorKind === 'API_TOKEN' ? 'API_TOKEN' : 'AGENT',
    agent,
    tokenId: job.actorTokenId ?? undefined,
    name: job.actorName,
    reason: `import #${job.id}`,
    importJobId: job.id,
  };
  try {
    await requireImportPermissions({ ...services, em, actor }, job.existing);
  } catch (e) {
    if (e instanceof DomainError) throw new CsvFileError('NOT_ALLOWED', `The agent who started this import may no longer: ${e.message}`);
    throw e;
  }
  return actor;
}

interface Owner {
  userId: number;
  merged: boolean;
}

/** Who has each of these addresses: one SELECT per IN_CHUNK. */
async function addressOwners(em: EntityManager, addresses: readonly string[]): Promise<Map<string, Owner>> {
  const owners = new Map<string, Owner>();
  for (const part of chunks(addresses)) {
    const rows: { address: string; user_id: number | string; merged_into_id: number | string | null }[] = await em.query(
      `SELECT e.address, e.user_id, u.merged_into_id FROM user_email e JOIN crm_user u ON u.id = e.user_id WHERE e.address IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const r of rows) owners.set(r.address, { userId: Number(r.user_id), merged: r.merged_into_id !== null });
  }
  return owners;
}

/** User CSV import (docs/csv.md "User CSV"): people.create (people.edit to UPDATE), tokens with users:write. */
const CHANGED = 'Users, organizations or usergroups changed while the import ran: nothing was imported. Start it again.';

/** The `kind` of user import jobs. */
export const USER_IMPORT_KIND = 'USERS';

/** Users: registered with the import engine when this module is loaded. */
export const userImportSpec = registerImportKind<UserImportValues>({
  kind: USER_IMPORT_KIND,
  noun: 'user',
  columns: USER_CSV_COLUMNS,
  actor: jobActor,
  changedMessage: CHANGED,

  async checker(sc, plan) {
    const [groups, orgs, permissions] = await Promise.all([
      sc.em.find(Usergroup, { select: { id: true, name: true } }),
      sc.em.find(Organization, { select: { id: true, nameKey: true } }),
      actorPermissions(sc),
    ]);
    const checker = new UserRowChecker({
      plan: plan as HeaderPlan<UserCsvKey>,
      usergroups: new NameIndex(groups),
      organizations: new Map(orgs.map((o) => [o.nameKey, o.id])),
      mayCreateOrganizations: permissions.has(PEOPLE.manageOrganizations),
    });
    return (row, cells) => checker.check(row, cells);
  },

  async decide(sc, job, rows) {
    const owners = await addressOwners(
      sc.em,
      rows.flatMap((r) => r.values?.emails ?? []),
    );
    return rows.map((r) => {
      const d = r as Decided<UserImportValues>;
      if (!r.values) return Object.assign(d, { action: ImportRowAction.ERROR });
      // The user the row is about: the owner of its first address that has one (the primary first).
      const matchedBy = r.values.emails.find((a) => owners.has(a));
      if (!matchedBy) return Object.assign(d, { action: ImportRowAction.CREATE });
      const match = owners.get(matchedBy)!;
      const other = r.values.emails.find((a) => owners.has(a) && owners.get(a)!.userId !== match.userId);
      if (other) {
        return errorRow(d, {
          column: 'Email',
          code: 'EMAIL_TAKEN',
          message: `${other} belongs to user ${owners.get(other)!.userId}, not to user ${match.userId} (${matchedBy}): merge the two users or fix the row`,
        });
      }
      if (match.merged) {
        return errorRow(d, { column: 'Email', code: 'MERGED_USER', message: `${matchedBy} belongs to a user merged into another one` });
      }
      if (job.existing !== ImportExistingMode.UPDATE) return Object.assign(d, { action: ImportRowAction.SKIP, targetId: match.userId });
      return Object.assign(d, { action: ImportRowAction.UPDATE, targetId: match.userId });
    });
  },

  async write(sc, rows) {
    try {
      await createImportedUsers(
        sc,
        rows.filter((r) => r.action === ImportRowAction.CREATE).map((r) => r.values!),
      );
      await updateImportedUsers(
        sc,
        rows.filter((r) => r.action === ImportRowAction.UPDATE).map((r) => ({ userId: r.targetId!, values: r.values! })),
      );
    } catch (e) {
      // An address or organization added by someone else since this chunk was checked.
      if (isUniqueViolation(e)) throw new CsvFileError('CHANGED', CHANGED);
      throw e;
    }
  },
});
