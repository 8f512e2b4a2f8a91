import { ChangeLogEntityType, ChangeLogEntry } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { Team } from '../team/team.entity';
import { deleteTeam, setTeamMembers, teams } from '../team/team.service';
import { filteredPage, idEquals, type FilterSpec } from './scim.filter';
import { patchResource } from './scim.patch';
import {
  baseUrl,
  checkBody,
  checkIfMatch,
  excludes,
  listResponse,
  projection,
  resourceId,
  SCIM,
  SCIM_LIMITS,
  scimError,
  text,
  throwIfInvalid,
  withMeta,
  writeExternalId,
  type ListQuery,
  membershipsOf,
} from './scim.resource';
import { inList } from '../../common/relations';

// SCIM Groups are teams: displayName is the team's name, members its agents (Users). Writes go
// through the team services (unique names, the team limit, members logged on each agent).

export const GROUP_ATTRIBUTES = ['displayName', 'members', 'externalId'];

interface Member {
  id: number;
  name: string;
}

function groupOf(sc: ServiceContext, team: Team, members: Member[] | null, lastModified: Date) {
  const base = baseUrl(sc);
  return withMeta(
    sc,
    {
      schemas: [SCIM.GROUP],
      id: String(team.id),
      ...(team.externalId !== null ? { externalId: team.externalId } : {}),
      displayName: team.name,
      ...(members
        ? { members: members.map((m) => ({ value: String(m.id), display: m.name, type: 'User', $ref: `${base}/Users/${m.id}` })) }
        : {}),
    },
    'Group',
    team.createdAt,
    lastModified,
  );
}
type ScimGroup = ReturnType<typeof groupOf>;

/** The teams' members (null: not read) and when each was last changed (its newest change-log entry), in two queries. */
async function detailsOf(sc: ServiceContext, teamRows: Team[], withMembers: boolean) {
  const ids = teamRows.map((t) => t.id);
  const members = new Map<number, Member[]>(ids.map((id) => [id, []]));
  const changed = new Map<number, Date>();
  if (!ids.length) return { members, changed };
  if (withMembers) for (const [id, list] of await membershipsOf(sc, 'team', ids)) members.set(id, list);
  const logged: { id: string; at: string | Date }[] = await sc.em
    .getRepository(ChangeLogEntry)
    .createQueryBuilder('c')
    .select(['c.entityId AS "id"', 'MAX(c.createdAt) AS "at"'])
    .where({ entityType: ChangeLogEntityType.TEAM, entityId: inList(ids.map(String)) })
    .groupBy('c.entityId')
    .getRawMany();
  for (const l of logged)
    changed.set(Number(l.id), new Date(typeof l.at === 'string' && !/[zZ+]/.test(l.at) ? `${l.at.replace(' ', 'T')}Z` : l.at));
  return { members: withMembers ? members : null, changed };
}

async function groupsOf(sc: ServiceContext, rows: Team[], withMembers = true): Promise<ScimGroup[]> {
  const { members, changed } = await detailsOf(sc, rows, withMembers);
  return rows.map((t) => groupOf(sc, t, members?.get(t.id) ?? null, changed.get(t.id) ?? t.createdAt));
}

const GROUP_FILTER: FilterSpec = {
  id: idEquals('t.id'),
  // Team names are unique ignoring case (as MySQL's collation compares; SQLite needs LOWER).
  displayname: (param, value) => (typeof value === 'string' ? { sql: `LOWER(t.name) = LOWER(:${param})`, value } : null),
  externalid: (param, value) => (typeof value === 'string' ? { sql: `t.externalId = :${param}`, value } : null),
  'members.value': (param, value) =>
    typeof value === 'string' && /^\d{1,15}$/.test(value)
      ? { sql: `t.id IN (SELECT tm.team_id FROM team_member tm WHERE tm.agent_id = :${param})`, value: Number(value) }
      : null,
};

/** GET /Groups: filtered, in id order, a page at a time; `excludedAttributes=members` skips reading members. */
export async function listGroups(sc: ServiceContext, query: ListQuery) {
  const show = projection(query);
  const { page, total, rows } = await filteredPage(sc.em, Team, 't', query, GROUP_FILTER, SCIM.GROUP);
  return listResponse(total, page, (await groupsOf(sc, rows, !excludes(query, 'members'))).map(show));
}

/** The team, locked on MySQL for a read-modify-write (two PATCHes adding members apply one after the other). */
async function findTeam(sc: ServiceContext, id: string, lock: boolean): Promise<Team> {
  const qb = sc.em
    .getRepository(Team)
    .createQueryBuilder('t')
    .where('t.id = :id', { id: resourceId(id, 'Group') });
  if (lock && isMysql(sc.em)) qb.setLock('pessimistic_write');
  const team = await qb.getOne();
  if (!team) throw scimError(404, null, `Group ${id} not found`);
  return team;
}

const groupById = async (sc: ServiceContext, team: Team) => (await groupsOf(sc, [team]))[0];

export async function getGroup(sc: ServiceContext, id: string, query: ListQuery = {}) {
  const team = await findTeam(sc, id, false);
  return projection(query)((await groupsOf(sc, [team], !excludes(query, 'members')))[0]);
}

interface GroupValues {
  name: string;
  externalId: string | null;
  memberIds: string[];
}

function valuesOf(r: Record<string, unknown>): GroupValues {
  const fc = new FieldCheck();
  const name = text(fc, r.displayName, 'displayName', 200);
  fc.check(!!name, 'displayName', 'is required');
  const externalId = text(fc, r.externalId, 'externalId') ?? null;
  const memberIds: string[] = [];
  if (r.members !== undefined && r.members !== null) {
    const list = r.members;
    if (
      fc.check(Array.isArray(list), 'members', 'must be a list') &&
      fc.check((list as unknown[]).length <= SCIM_LIMITS.maxMembers, 'members', `at most ${SCIM_LIMITS.maxMembers}`)
    ) {
      (list as unknown[]).forEach((m, i) => {
        const v = (m as { value?: unknown } | null)?.value;
        if (
          fc.check(typeof v === 'string' && /^\d{1,15}$/.test(v), `members[${i}].value`, 'must be the id of a User') &&
          !memberIds.includes(v as string)
        )
          memberIds.push(v as string);
      });
    }
  }
  throwIfInvalid(fc);
  return { name: name!, externalId, memberIds };
}

async function writeValues(sc: ServiceContext, team: Team, v: GroupValues, members: boolean): Promise<ScimGroup> {
  const renamed = v.name !== team.name ? await teams.rename(sc, { id: String(team.id), name: v.name }) : team;
  renamed.externalId = team.externalId;
  await writeExternalId(sc, Team, ChangeLogEntityType.TEAM, renamed, v.externalId);
  if (members) await setTeamMembers(sc, { id: String(team.id), agentIds: v.memberIds });
  return groupById(sc, renamed);
}

/** POST /Groups: a new team with its members. */
export async function createGroup(sc: ServiceContext, body: unknown): Promise<ScimGroup> {
  const v = valuesOf(checkBody(body, SCIM.GROUP));
  const team = await teams.create(sc, { name: v.name });
  return writeValues(sc, team, v, v.memberIds.length > 0);
}

/** PUT /Groups/:id: name, externalId and members replaced. */
export async function replaceGroup(sc: ServiceContext, id: string, body: unknown, ifMatch?: string): Promise<ScimGroup> {
  const r = checkBody(body, SCIM.GROUP);
  const team = await findTeam(sc, id, true);
  checkIfMatch(ifMatch, await groupById(sc, team));
  return writeValues(sc, team, valuesOf(r), true);
}

/** PATCH /Groups/:id: members added, removed or replaced (Okta's and Entra's forms), displayName, externalId. */
export async function patchGroup(sc: ServiceContext, id: string, body: unknown, ifMatch?: string): Promise<ScimGroup> {
  const team = await findTeam(sc, id, true);
  const current = await groupById(sc, team);
  checkIfMatch(ifMatch, current);
  const patched = patchResource({ ...current, members: current.members ?? [] }, body, GROUP_ATTRIBUTES) as unknown as Record<
    string,
    unknown
  >;
  return writeValues(sc, team, valuesOf(patched), true);
}

/** DELETE /Groups/:id: the team goes; its members leave it (logged on each). */
export async function deleteGroup(sc: ServiceContext, id: string, ifMatch?: string): Promise<void> {
  const team = await findTeam(sc, id, true);
  checkIfMatch(ifMatch, await groupById(sc, team));
  await deleteTeam(sc, { id: String(team.id) });
}
