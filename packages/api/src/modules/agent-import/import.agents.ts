import { EntityManager } from 'typeorm';
import { AGENT_CSV_COLUMNS, AgentCsvColumn } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { chunks } from '../../common/relations';
import { Agent } from '../agent/agent.entity';
import { AgentEmailKind } from '../agent/agent-email.entity';
import { EMAIL_TAKEN, emailHolders } from '../agent/agent-email';
import { licenseUsage, reserveSeats } from '../license/license.service';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { ImportJob, ImportExistingMode, ImportRowAction } from '../import/import-job.entity';
import { CsvFileError } from '../import/import.csv';
import { HeaderPlan, NameIndex } from '../import/import.cells';
import { ImportValues, RowChecker } from './import.rows';
import { Decided, errorRow, registerImportKind } from '../import/import.kinds';
import { createImportedAgents, queueSetPasswordEmails, updateImportedAgents } from './import.write';

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
  };
}

/** The agents that have these emails (id and whether an administrator), by email: one plain SELECT per IN_CHUNK. */
async function existingAgents(em: EntityManager, emails: readonly string[]): Promise<Map<string, { id: number; isAdmin: boolean }>> {
  const found = new Map<string, { id: number; isAdmin: boolean }>();
  for (const part of chunks(emails)) {
    const rows: { id: number | string; email: string; is_admin: number | boolean }[] = await em.query(
      `SELECT id, email, is_admin FROM agent WHERE email IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const r of rows) found.set(r.email, { id: Number(r.id), isAdmin: !!Number(r.is_admin) });
  }
  return found;
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
  changedMessage: 'Agents, groups or teams changed while the import ran: nothing was imported. Start it again.',

  async checker(sc, plan) {
    const [groups, teams] = await Promise.all([sc.em.find(PermissionGroup), sc.em.find(Team)]);
    const checker = new RowChecker({
      plan: plan as HeaderPlan<AgentCsvColumn['key']>,
      groups: new NameIndex(groups),
      teams: new NameIndex(teams),
      mayGrantAdmin: sc.actor.kind !== 'API_TOKEN',
    });
    return (row, cells) => checker.check(row, cells);
  },

  async decide(sc, job, rows) {
    const emails = rows.map((r) => r.values?.email).filter((e): e is string => !!e);
    const [existing, holders] = await Promise.all([existingAgents(sc.em, emails), emailHolders(sc.em, emails)]);
    return rows.map((r) => {
      const d = r as Decided<ImportValues>;
      if (!r.values) return Object.assign(d, { action: ImportRowAction.ERROR });
      const found = existing.get(r.values.email);
      if (!found && holders.get(r.values.email)?.kind === AgentEmailKind.EXTRA) {
        return errorRow(d, { column: 'Email', code: 'EMAIL_TAKEN', message: `${EMAIL_TAKEN} (as an extra email)` });
      }
      if (!found) return Object.assign(d, { action: ImportRowAction.CREATE });
      if (job.existing !== ImportExistingMode.UPDATE) return Object.assign(d, { action: ImportRowAction.SKIP, targetId: found.id });
      if (found.isAdmin && sc.actor.kind === 'API_TOKEN') {
        return errorRow(d, {
          column: 'Email',
          code: 'ADMIN_NOT_ALLOWED',
          message: 'API tokens cannot change an administrator: sign in as an administrator to import this row',
        });
      }
      return Object.assign(d, { action: ImportRowAction.UPDATE, targetId: found.id });
    });
  },

  async checkTotals(sc, counts) {
    const usage = await licenseUsage(sc);
    if (counts.createdCount > usage.available) {
      throw new CsvFileError(
        'LICENSE_LIMIT_REACHED',
        `The file adds ${counts.createdCount} agents but only ${usage.available} of ${usage.seats} seats are free: nothing was imported. Upgrade your license or remove rows.`,
      );
    }
  },

  async beginWrite(sc, counts) {
    await reserveSeats(sc, counts.createdCount);
  },

  async write(sc, rows) {
    const created = await createImportedAgents(
      sc,
      rows.filter((r) => r.action === ImportRowAction.CREATE).map((r) => r.values!),
    );
    await updateImportedAgents(
      sc,
      rows.filter((r) => r.action === ImportRowAction.UPDATE).map((r) => ({ agentId: r.targetId!, values: r.values! })),
    );
    await queueSetPasswordEmails(sc, created);
  },
});
