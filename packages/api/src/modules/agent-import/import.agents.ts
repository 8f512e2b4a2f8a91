import { EntityManager } from 'typeorm';
import { AGENT_CSV_COLUMNS, AgentCsvColumn, deniedForType } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { quoteValue } from '../../common/quote-input';
import type { ServiceContext } from '../../common/service';
import type { AgentChange } from '../agent/agent.change';
import { Agent, AgentType } from '../agent/agent.entity';
import { groupPermissions } from '../permission/permission.service';
import { AgentWrite, writeAgentChanges } from '../agent/agent.write';
import { AgentEmailKind } from '../agent/agent-email.entity';
import { EMAIL_TAKEN, emailHolders } from '../agent/agent-email';
import { licenseUsage, reserveSeats } from '../license/license.service';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { unitsByName } from '../business-unit/business-unit.lookup';
import { ImportJob, ImportExistingMode, ImportRowAction } from '../import/import-job.entity';
import { CsvFileError } from '../import/import.csv';
import { HeaderPlan, NameIndex, RowProblem } from '../import/import.cells';
import { AgentCheckedRow, ImportValues, RowChecker } from './import.rows';
import { AgentNow, agentsByEmail, importChange } from './import.diff';
import { Decided, errorRow, registerImportKind } from '../import/import.kinds';
import { createImportedAgents, queueSetPasswordEmails } from './import.write';

/** The acting administrator (or their token) the job was started by, with the import as the reason of every change. */
async function jobActor(em: EntityManager, job: ImportJob): Promise<Actor> {
  const agent = job.actorAgentId ? await em.findOneBy(Agent, { id: job.actorAgentId }) : null;
  if (!agent || !agent.isAdmin)
    throw new CsvFileError('NOT_ALLOWED', 'The administrator who started this import no longer has administrator access');
  return {
    kind: job.actorKind === 'API_TOKEN' ? 'API_TOKEN' : 'AGENT',
    agent,
    tokenId: job.actorTokenId ?? undefined,
    name: job.actorName,
    reason: `import #${job.id}`,
    importJobId: job.id,
  };
}

/**
 * New light agents of a file's check pass, by the pass's context (decide and checkTotals get the
 * same one): light agents use no seat, so the seat check counts them apart. Kept only for that run.
 */
const lightCreates = new WeakMap<ServiceContext, number>();

/** A decided row; an UPDATE row carries its change against the agent as read (locked, in the write pass). */
type Row = Decided<ImportValues> & AgentCheckedRow & { write?: AgentWrite };

const TOKEN_ACCESS = 'API tokens cannot grant or remove administrator or reports access: sign in as an administrator to import this row';

/**
 * What an API token may not do with a row (writeAgentChanges holds the same rules; here they become
 * row errors): grant admin or reports access to a new agent, change either on an existing one, or
 * change an administrator at all. A row that changes nothing is not refused.
 */
function tokenProblems(v: ImportValues, now: AgentNow | undefined, change: AgentChange | null): RowProblem[] {
  if (now?.agent.isAdmin && change) {
    return [
      {
        column: 'Email',
        code: 'ADMIN_NOT_ALLOWED',
        message: 'API tokens cannot change an administrator: sign in as an administrator to import this row',
      },
    ];
  }
  const flags = now ? change?.patch : { isAdmin: v.isAdmin || undefined, isReportsAdmin: v.isReportsAdmin || undefined };
  return (
    [
      ['isAdmin', 'Admin'],
      ['isReportsAdmin', 'Reports'],
    ] as const
  )
    .filter(([f]) => flags?.[f] !== undefined)
    .map(([, column]) => ({ column, code: 'ADMIN_NOT_ALLOWED', message: TOKEN_ACCESS }));
}

/** The groups light agents may not hold (they grant more), by id, with their names. */
const notForLight = (groups: PermissionGroup[]) =>
  new Map(groups.filter((g) => deniedForType('LIGHT', groupPermissions(g)).length).map((g) => [g.id, g.name]));

/**
 * What a row may not give an existing agent who stays light (a Light Type cell is checked with the
 * row, import.rows.ts; writeAgentChanges holds the same rule): admin or reports access, or a group
 * that grants more. Row errors on the column, so that a file without a Type column says which row.
 */
function lightProblems(now: AgentNow | undefined, change: AgentChange | null, groups: Map<number, string>): RowProblem[] {
  if (!now || !change || (change.patch.type ?? now.agent.type) !== AgentType.LIGHT) return [];
  const problems: RowProblem[] = [];
  const refuse = (column: string, message: string) =>
    problems.push({ column, code: 'NOT_FOR_LIGHT_AGENT', message: `${message} (${now.agent.email} is a light agent)` });
  if (change.patch.isAdmin) refuse('Admin', 'cannot be Yes for a light agent');
  if (change.patch.isReportsAdmin) refuse('Reports', 'cannot be Yes for a light agent');
  const granting = (change.groupIds ?? []).filter((id) => groups.has(id)).map((id) => groups.get(id)!);
  if (granting.length)
    refuse('Permission Groups', `${granting.map((n) => quoteValue(n)).join(', ')} grant more than light agents may hold`);
  return problems;
}

/** Agent CSV import (docs/csv.md "Bulk add: CSV import"): administrators, tokens with agents:write. */
/** The `kind` of agent import jobs. */
export const AGENT_IMPORT_KIND = 'AGENTS';

/** Agents: registered with the import engine when this module is loaded. */
export const agentImportSpec = registerImportKind<ImportValues>({
  kind: AGENT_IMPORT_KIND,
  noun: 'agent',
  columns: AGENT_CSV_COLUMNS,
  actor: jobActor,
  changedMessage: 'Agents, groups, teams or business units changed while the import ran: nothing was imported. Start it again.',

  async checker(sc, plan) {
    const [groups, teams, units] = await Promise.all([sc.em.find(PermissionGroup), sc.em.find(Team), unitsByName(sc.em)]);
    const checker = new RowChecker({
      plan: plan as HeaderPlan<AgentCsvColumn['key']>,
      groups: new NameIndex(groups),
      teams: new NameIndex(teams),
      units,
      notForLight: notForLight(groups),
    });
    return (row, cells) => checker.check(row, cells);
  },

  /** Existing agents: SKIP, or with existing: UPDATE compared field by field, UNCHANGED when no value differs. */
  async decide(sc, job, rows, pass) {
    // The write pass compares rows with the agents locked (read-modify-write): what it reports is what it writes.
    const emails = rows.map((r) => r.email).filter((e): e is string => !!e);
    const [existing, holders] = await Promise.all([
      agentsByEmail(sc.em, emails, pass === 'write' && job.existing === ImportExistingMode.UPDATE),
      emailHolders(sc.em, emails),
    ]);
    const byToken = sc.actor.kind === 'API_TOKEN';
    const lightNow = [...existing.values()].some((n) => n.agent.type === AgentType.LIGHT);
    const notForLightNow = lightNow ? notForLight(await sc.em.find(PermissionGroup)) : new Map<number, string>();
    return rows.map((r) => {
      const d = r as Row;
      const now = d.email ? existing.get(d.email) : undefined;
      // A light agent needs no group: they get the light permissions (agent.type-rules.ts).
      if (!now && d.groupsEmpty && !d.light)
        d.problems.push({ column: 'Permission Groups', code: 'REQUIRED', message: 'is required for a new agent' });
      if (!d.values || d.problems.length) return errorRow(d, d.problems);
      // Login and extra addresses are one namespace: a new agent may not take another's extra.
      if (!now && holders.get(d.values.email)?.kind === AgentEmailKind.EXTRA) {
        return errorRow(d, { column: 'Email', code: 'EMAIL_TAKEN', message: `${EMAIL_TAKEN} (as an extra email)` });
      }
      if (now && job.existing !== ImportExistingMode.UPDATE)
        return Object.assign(d, { action: ImportRowAction.SKIP, targetId: now.agent.id });
      const change = now ? importChange(now, d.values) : null;
      const refused = [...(byToken ? tokenProblems(d.values, now, change) : []), ...lightProblems(now, change, notForLightNow)];
      if (refused.length) return errorRow(d, refused);
      if (!now) {
        if (pass === 'check' && d.values.type === AgentType.LIGHT) lightCreates.set(sc, (lightCreates.get(sc) ?? 0) + 1);
        return Object.assign(d, { action: ImportRowAction.CREATE });
      }
      if (!change) return Object.assign(d, { action: ImportRowAction.UNCHANGED, targetId: now.agent.id });
      return Object.assign(d, { action: ImportRowAction.UPDATE, targetId: now.agent.id, write: { agent: now.agent, change } });
    });
  },

  async checkTotals(sc, counts) {
    const usage = await licenseUsage(sc);
    const light = lightCreates.get(sc) ?? 0;
    const full = counts.createdCount - light;
    if (full > usage.available) {
      throw new CsvFileError(
        'LICENSE_LIMIT_REACHED',
        `The file adds ${full} agents but only ${usage.available} of ${usage.seats} seats are free: nothing was imported. Upgrade your license or remove rows.`,
      );
    }
    if (usage.lightAvailable !== null && light > usage.lightAvailable) {
      throw new CsvFileError(
        'LICENSE_LIMIT_REACHED',
        `The file adds ${light} light agents but only ${usage.lightAvailable} of ${usage.lightSeats} light seats are free: nothing was imported. Upgrade your license or remove rows.`,
      );
    }
  },

  async beginWrite(sc) {
    // The license lock for the whole write pass; each chunk reserves its full and light seats (write).
    await reserveSeats(sc, 0);
  },

  async write(sc, rows) {
    const creates = rows.filter((r) => r.action === ImportRowAction.CREATE).map((r) => r.values!);
    const light = creates.filter((v) => v.type === AgentType.LIGHT).length;
    await reserveSeats(sc, creates.length - light);
    if (light) await reserveSeats(sc, light, undefined, AgentType.LIGHT);
    const created = await createImportedAgents(sc, creates);
    // The write pass decided these against the agents it locked (decide): their changes stand.
    await writeAgentChanges(
      sc,
      (rows as Row[]).filter((r) => r.action === ImportRowAction.UPDATE).map((r) => r.write!),
    );
    await queueSetPasswordEmails(sc, created);
  },
});
