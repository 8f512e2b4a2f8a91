import { DataSource } from 'typeorm';
import { ALL_PERMISSIONS_GROUP_ID, checkEmailAddress, passwordProblem } from '@roster/shared';
import type { Config } from '../config';
import { ConfigError } from '../config';
import { systemActor } from '../common/actor';
import { ChangeLogEntityType, recordChanges } from '../common/change-log';
import { inTransaction } from '../common/transaction';
import { Agent, claimAgentEmails, newAgentRow, syncAgentWords } from '../modules/agent';
import { hashPassword } from '../modules/auth';
import { AgentPermissionGroup } from '../modules/permission';

/**
 * When no agent exists yet, creates the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD.
 * That password was chosen by the operator, so no change is forced.
 */
export async function bootstrapFirstAdmin(ds: DataSource, config: Config, log: (m: string) => void = console.log): Promise<Agent | null> {
  if ((await ds.getRepository(Agent).count()) > 0) return null;
  if (!config.adminEmail || !config.adminPassword) {
    log('No agent exists yet: set ADMIN_EMAIL and ADMIN_PASSWORD to create the first administrator.');
    return null;
  }
  const checked = checkEmailAddress(config.adminEmail);
  if (!checked.ok) throw new ConfigError(`ADMIN_EMAIL ${checked.problem}`);
  const { email } = checked;
  const problem = passwordProblem(config.adminPassword);
  if (problem) throw new ConfigError(`ADMIN_PASSWORD ${problem}`);
  const passwordHash = await hashPassword(config.adminPassword);
  return inTransaction(ds, async (em) => {
    if ((await em.count(Agent)) > 0) return null;
    const { identifiers } = await em.insert(
      Agent,
      newAgentRow({ email, name: config.adminName, isAdmin: true, isReportsAdmin: true, passwordHash }),
    );
    const id = identifiers[0].id as number;
    await claimAgentEmails(em, [{ id, email, extraEmails: [] }], { fresh: true });
    await syncAgentWords(em, [id]);
    await em.insert(AgentPermissionGroup, { agentId: id, groupId: ALL_PERMISSIONS_GROUP_ID });
    await recordChanges(em, systemActor('Start-up'), ChangeLogEntityType.AGENT, id, [
      { field: 'created', oldValue: null, newValue: email },
    ]);
    log(`Created the first administrator ${email}.`);
    return em.findOneByOrFail(Agent, { id });
  });
}
