import { SelectQueryBuilder } from 'typeorm';
import { USER_CSV_COLUMNS } from '@roster/shared';
import { guardCsvFormula } from '../../common/csv-formula';
import type { ServiceContext } from '../../common/service';
import { listCell, yesNo } from '../agent/agent.export';
import { Organization } from '../organization/organization.entity';
import { User, UserEmail } from '../user/user.entity';
import { type ActorUserScope, userScope, whereInUserScope } from '../user';
import { Usergroup, UserUsergroup } from '../usergroup/usergroup.entity';
import { inList } from '../../common/relations';

// GET /exports/users.csv (src/http/exports.ts): every user the agent may view, in the import format (docs/csv.md
// "User CSV"), streamed a keyset page (on id) at a time, so memory stays flat however many users.

export const USER_CSV_HEADER = USER_CSV_COLUMNS.map((c) => c.header);
/** Users per keyset page: 4 SELECTs each (users, addresses, usergroup links, organizations). */
export const USER_EXPORT_PAGE_SIZE = 500;

/**
 * The users an export includes: live (not merged-away) users in the agent's team-scoped
 * visibility, as the `u` alias.
 */
export function userExportQuery(sc: ServiceContext, scope: ActorUserScope): SelectQueryBuilder<User> {
  return whereInUserScope(sc.em.createQueryBuilder(User, 'u').where('u.merged_into_id IS NULL'), scope);
}

/** The export's rows, a page at a time, in id order (header not included). */
export async function* userCsvPages(sc: ServiceContext, { pageSize = USER_EXPORT_PAGE_SIZE } = {}): AsyncGenerator<string[][]> {
  const groups = new Map((await sc.em.find(Usergroup)).map((g) => [g.id, g]));
  // Team-scoped visibility: a restricted agent exports only the users they can see.
  const scope = await userScope(sc);
  for (let after = 0; ;) {
    const page = await userExportQuery(sc, scope).andWhere('u.id > :after', { after }).orderBy('u.id', 'ASC').limit(pageSize).getMany();
    if (!page.length) return;
    const ids = page.map((u) => u.id);
    const orgIds = [...new Set(page.map((u) => u.organizationId).filter((id): id is number => id !== null))];
    const [emails, links, orgs] = await Promise.all([
      sc.em.find(UserEmail, { where: { userId: inList(ids) }, order: { id: 'ASC' } }),
      sc.em.findBy(UserUsergroup, { userId: inList(ids) }),
      orgIds.length ? sc.em.findBy(Organization, { id: inList(orgIds) }) : Promise.resolve([]),
    ]);
    const orgName = new Map(orgs.map((o) => [o.id, o.name]));
    const addresses = new Map<number, string[]>(ids.map((id) => [id, []]));
    // The primary address first: the import makes the first address the primary one.
    for (const e of emails) addresses.get(e.userId)![e.isPrimary ? 'unshift' : 'push'](e.address);
    const userGroups = new Map<number, Usergroup[]>(ids.map((id) => [id, []]));
    for (const l of links) {
      const g = groups.get(l.usergroupId);
      if (g) userGroups.get(l.userId)!.push(g);
    }
    yield page.map((u) =>
      [
        u.name,
        addresses.get(u.id)!.join('; '),
        u.organizationId === null ? '' : (orgName.get(u.organizationId) ?? ''),
        listCell(userGroups.get(u.id)!),
        u.phone ?? '',
        u.website ?? '',
        u.twitter ?? '',
        u.linkedin ?? '',
        u.facebook ?? '',
        u.address ?? '',
        u.timezone ?? '',
        u.language ?? '',
        u.summary ?? '',
        yesNo(u.isAutoResponder),
      ].map(guardCsvFormula),
    );
    after = ids[ids.length - 1];
  }
}
