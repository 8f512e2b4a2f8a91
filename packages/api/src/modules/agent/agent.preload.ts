import { DepartmentAccessEntry, relationBatches } from './agent-relations';
import type { PermissionGroup } from '../permission/permission-group.entity';
import type { Team } from '../team/team.entity';
import type { DataSource } from 'typeorm';
import { Agent } from './agent.entity';
import { columnsFor, entityColumnNames } from '../../common/selection';

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
  // The CRM record (modules/agent-crm) reads its own tables by the agent's id.
  crmSummary: [],
  crmContact: [],
  crmNotes: [],
  crmNoteConnection: [],
};

/** The agent columns a selection reads (selection.ts's columnsFor with the agent's field resolvers). */
export const agentColumnsFor = (fields: Set<string>, ds: DataSource): string[] | undefined =>
  columnsFor(fields, FIELD_COLUMNS, entityColumnNames(ds, Agent));

const RELATIONS = Symbol('preloaded relations');

interface Preloaded {
  teams?: Team[];
  groups?: PermissionGroup[];
  departments?: DepartmentAccessEntry[];
}

type WithRelations = Agent & { [RELATIONS]?: Preloaded };

export const preloaded = (agent: Agent): Preloaded | undefined => (agent as WithRelations)[RELATIONS];

/** Loads what `fields` (selected under edges.node) need, for every agent of the page at once. */
export async function preloadRelations(ctx: { ds: DataSource }, agents: Agent[], fields: Set<string>): Promise<void> {
  if (!agents.length) return;
  const ids = agents.map((a) => a.id);
  const wantGroups = fields.has('permissionGroups') || fields.has('effectivePermissions') || fields.has('effectiveDepartments');
  // The batches behind the DataLoaders, called directly: one statement each for the whole page.
  const rel = relationBatches(ctx.ds);
  const [teams, groups, departments] = await Promise.all([
    fields.has('teams') ? rel.teamsOfAgent(ids) : null,
    wantGroups ? rel.groupsOfAgent(ids) : null,
    fields.has('departments') || fields.has('effectiveDepartments') ? rel.departmentsOfAgent(ids) : null,
  ]);
  agents.forEach((a, i) => {
    (a as WithRelations)[RELATIONS] = { teams: teams?.[i], groups: groups?.[i], departments: departments?.[i] };
  });
}
