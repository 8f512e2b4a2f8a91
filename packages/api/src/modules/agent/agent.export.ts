import { AGENT_CSV_COLUMNS, AGENT_TYPE_CSV_WORDS } from '@roster/shared';
import { guardCsvFormula } from '../../common/csv-formula';
import type { ServiceContext } from '../../common/service';
import { AgentPermissionGroup, PermissionGroup } from '../permission/permission-group.entity';
import { Team, TeamMember } from '../team/team.entity';
import { BusinessUnit } from '../business-unit/business-unit.entity';
import { linkRows } from './agent-links';
import { notificationsOn } from './agent.change';
import type { AgentFilter } from './agent.inputs';
import { filtered } from './agent.query';

// GET /exports/agents.csv (src/http/exports.ts): the agents a filter matches (every agent without one) in the import
// format (docs/csv.md "Agent CSV"), streamed page by page (keyset on id), so memory stays flat however many agents there are.

export const AGENT_CSV_HEADER = AGENT_CSV_COLUMNS.map((c) => c.header);
/** Agents per keyset page: 3 SELECTs each (agents, their teams, their groups). */
export const EXPORT_PAGE_SIZE = 500;

/** The export's formula guard: common/csv-formula.ts, the same for every CSV Roster writes. */
export const formulaSafe = guardCsvFormula;

export const yesNo = (b: boolean) => (b ? 'Yes' : 'No');
// A name the import would read otherwise goes out as its id instead: one it would split (it
// separates list items on ; , |), or one of digits only (it would take it for an id).
const listItem = (named: { id: number; name: string }) => (/[;,|]|^\d+$/.test(named.name) ? String(named.id) : named.name);
export const listCell = (items: { id: number; name: string }[]) =>
  items
    .map(listItem)
    .sort((a, b) => a.localeCompare(b))
    .join('; ');

/** The export's rows, a page at a time, in id order (header not included): the agents `filter` matches, as the list shows them. */
export async function* agentCsvPages(
  sc: ServiceContext,
  { filter, pageSize = EXPORT_PAGE_SIZE }: { filter?: AgentFilter | null; pageSize?: number } = {},
): AsyncGenerator<string[][]> {
  const [teams, groups, units] = await Promise.all([sc.em.find(Team), sc.em.find(PermissionGroup), sc.em.find(BusinessUnit)]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const groupById = new Map(groups.map((g) => [g.id, g]));
  for (let after = 0; ;) {
    const page = await filtered(sc.em, filter)
      .andWhere('a.id > :exportAfter', { exportAfter: after })
      .orderBy('a.id', 'ASC')
      .limit(pageSize)
      .getMany();
    if (!page.length) return;
    const ids = page.map((a) => a.id);
    const [teamLinks, groupLinks] = await Promise.all([linkRows(sc.em, TeamMember, ids), linkRows(sc.em, AgentPermissionGroup, ids)]);
    const named = <T>(byId: Map<number, T>, linked: number[]) => linked.map((id) => byId.get(id)).filter((x): x is T => !!x);
    yield page.map((a) =>
      [
        a.email,
        a.name,
        listCell(
          named(
            groupById,
            groupLinks.get(a.id)!.map((l) => l.groupId),
          ),
        ),
        listCell(
          named(
            teamById,
            teamLinks.get(a.id)!.map((l) => l.teamId),
          ),
        ),
        yesNo(a.isAdmin),
        yesNo(a.isReportsAdmin),
        yesNo(notificationsOn(a)),
        a.signature ?? '',
        AGENT_TYPE_CSV_WORDS[a.type],
        a.businessUnitId === null ? '' : (unitName.get(a.businessUnitId) ?? ''),
      ].map(formulaSafe),
    );
    after = ids[ids.length - 1];
  }
}
