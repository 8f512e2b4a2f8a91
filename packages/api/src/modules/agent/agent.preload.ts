import { DepartmentAccessEntry, relationBatches } from './agent-relations';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import type { DataSource } from 'typeorm';
import { Agent } from './agent.entity';
import { columnsFor, entityColumnNames } from '../../common/selection';
import { keepPreloaded, preloadedValue } from '../../common/page-preload';

// The agent list plans its relations from the selection set: one statement per selected
// relation for the whole page (the DataLoaders' batch functions, called at once), attached to the rows, so
// that each row's field resolves from memory instead of a DataLoader promise per row and field.

/** Fields answered from relations (preloaded) or from other columns, with the columns of the row they read. */
const FIELD_COLUMNS: Record<string, string[]> = {
  __typename: [],
  teams: [],
  permissionGroups: [],
  departments: [],
  effectiveDepartments: [],
  effectivePermissions: ['permissions', 'type'],
  // modules/business-unit resolves the unit's name.
  businessUnit: ['businessUnitId'],
  // The single phone fields read the list (agent-phones.ts).
  phone: ['phones'],
  landlinePhone: ['phones'],
  mobilePhone: ['phones'],
  // modules/agent-avatar reads agent_avatar by the agent's id.
  avatarUrl: [],
  // The CRM record (modules/agent-crm) reads its own tables by the agent's id.
  crmSummary: [],
  crmContact: [],
  crmNotes: [],
  crmNoteConnection: [],
};

/** The agent columns a selection reads (selection.ts's columnsFor with the agent's field resolvers). */
export const agentColumnsFor = (fields: ReadonlySet<string>, ds: DataSource): string[] | undefined =>
  columnsFor(fields, FIELD_COLUMNS, entityColumnNames(ds, Agent));

const RELATIONS = Symbol('preloaded relations');

interface Preloaded {
  teams?: Team[];
  groups?: PermissionGroup[];
  departments?: DepartmentAccessEntry[];
}

/**
 * A field of Agent that another module resolves (modules/agent-avatar: avatarUrl), loaded for a
 * list's whole page in one statement when the page selects it, so that each row answers from
 * memory rather than through a DataLoader promise. `load` gives one value per id, in order
 * (never undefined).
 */
export interface AgentPageLoader {
  field: string;
  load(ds: DataSource, ids: number[]): Promise<unknown[]>;
}

const pageLoaders: AgentPageLoader[] = [];

/** Registers another module's field for list pages (at import time of that module's resolver). */
export function loadOnAgentPages(loader: AgentPageLoader): void {
  if (!pageLoaders.some((l) => l.field === loader.field)) pageLoaders.push(loader);
}

/** The value a list page loaded for another module's field, or undefined when it did not (a single agent, a mutation). */
export const preloadedField = (agent: Agent, field: string): unknown => preloadedValue(agent, field);

type WithRelations = Agent & { [RELATIONS]?: Preloaded };

export const preloaded = (agent: Agent): Preloaded | undefined => (agent as WithRelations)[RELATIONS];

/** Fields of a team and a permission group answered by field resolvers, with the columns of the row they read. */
const TEAM_FIELD_COLUMNS: Record<string, string[]> = { __typename: [], members: [], organizations: [] };
const GROUP_FIELD_COLUMNS: Record<string, string[]> = { __typename: [], permissions: ['builtIn', 'storedPermissions'], departments: [] };

/** What the list's selection reads under edges.node: its fields, and those selected under its teams and permission groups. */
export interface AgentListSelection {
  fields: ReadonlySet<string>;
  teamFields?: ReadonlySet<string>;
  groupFields?: ReadonlySet<string>;
}

/** Loads what the selection needs, for every agent of the page at once. */
export async function preloadRelations(ctx: { ds: DataSource }, agents: Agent[], selection: AgentListSelection): Promise<void> {
  if (!agents.length) return;
  const { fields, teamFields, groupFields } = selection;
  const ds = ctx.ds;
  const ids = agents.map((a) => a.id);
  // effectivePermissions and effectiveDepartments read every column of the groups.
  const groupsWhole = fields.has('effectivePermissions') || fields.has('effectiveDepartments');
  const wantGroups = groupsWhole || fields.has('permissionGroups');
  const groupColumns =
    groupsWhole || !groupFields ? undefined : columnsFor(groupFields, GROUP_FIELD_COLUMNS, entityColumnNames(ds, PermissionGroup));
  const teamColumns = teamFields && columnsFor(teamFields, TEAM_FIELD_COLUMNS, entityColumnNames(ds, Team));
  // The batches behind the DataLoaders, called directly: one statement each for the whole page.
  const rel = relationBatches(ds);
  const others = pageLoaders.filter((l) => fields.has(l.field));
  const [teams, groups, departments, ...values] = await Promise.all([
    fields.has('teams') ? rel.teamsOfAgent(ids, teamColumns) : null,
    wantGroups ? rel.groupsOfAgent(ids, groupColumns) : null,
    fields.has('departments') || fields.has('effectiveDepartments') ? rel.departmentsOfAgent(ids) : null,
    ...others.map((l) => l.load(ds, ids)),
  ]);
  agents.forEach((a, i) => {
    (a as WithRelations)[RELATIONS] = { teams: teams?.[i], groups: groups?.[i], departments: departments?.[i] };
  });
  others.forEach((l, k) => keepPreloaded(agents, l.field, values[k]));
}
