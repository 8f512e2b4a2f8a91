import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import { checkExistingIds, inList, replaceLinks, setText } from '../../common/relations';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { Organization } from '../organization/organization.entity';
import { Team, TeamOrganization } from './team.entity';
import { teams } from './team.service';

/** Organizations per team (the list argument's cap): an agent's scope stays a short IN list. */
export const MAX_TEAM_ORGANIZATIONS = 1000;

const namesOf = async (sc: ServiceContext, ids: number[]) =>
  ids.length ? setText((await sc.em.findBy(Organization, { id: inList(ids) })).map((o) => o.name)) : null;

/**
 * Replaces the organizations assigned to a team (admins). With team-scoped visibility on, the
 * team's members see those organizations' users from their next request. The team row is locked
 * first, so that two admins saving the same team apply in turn.
 */
export async function setTeamOrganizations(sc: ServiceContext, args: { id: string; organizationIds: string[] }): Promise<Team> {
  const team = await teams.load(sc.em, args.id);
  const fc = new FieldCheck();
  fc.check(
    (args.organizationIds?.length ?? 0) <= MAX_TEAM_ORGANIZATIONS,
    'organizationIds',
    `must have at most ${MAX_TEAM_ORGANIZATIONS} items`,
  );
  fc.throwIfAny();
  const ids = await checkExistingIds(fc, sc.em, Organization, args.organizationIds ?? [], 'organizationIds');
  fc.throwIfAny();
  if (isMysql(sc.em)) await sc.em.createQueryBuilder(Team, 't').setLock('pessimistic_write').where('t.id = :id', { id: team.id }).getOne();
  const before = (await sc.em.findBy(TeamOrganization, { teamId: team.id })).map((l) => l.organizationId);
  if (setText(before) === setText(ids!)) return team;
  await replaceLinks(
    sc.em,
    TeamOrganization,
    { teamId: team.id },
    ids!.map((organizationId) => ({ teamId: team.id, organizationId })),
  );
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.TEAM, team.id, [
    { field: 'organizations', oldValue: await namesOf(sc, before), newValue: await namesOf(sc, ids!) },
  ]);
  return team;
}
