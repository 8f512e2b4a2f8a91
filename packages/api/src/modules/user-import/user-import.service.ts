import type { ServiceContext } from '../../common/service';
import { AgentImport, ImportKind } from '../agent-import/agent-import.entity';
import { createImport, CreateImportArgs, getImport } from '../agent-import/import.service';
import { requireImportPermissions } from './user-import.kind';

/** Stores a user import job (QUEUED), refused unless the actor may create (and, to UPDATE, edit) users. */
export async function createUserImport(sc: ServiceContext, args: Omit<CreateImportArgs, 'kind'>): Promise<AgentImport> {
  await requireImportPermissions(sc, args.existing);
  return createImport(sc, { ...args, kind: ImportKind.USERS });
}

/**
 * A user import job: for the agent who started it (or an administrator), with people.create. Its
 * errors hold the file's cells, which other agents may not be allowed to see.
 */
export async function findUserImport(sc: ServiceContext, id: string): Promise<AgentImport | null> {
  await requireImportPermissions(sc, null);
  const job = await getImport(sc, { id, kind: ImportKind.USERS });
  if (!job) return null;
  return job.actorAgentId === sc.actor.agent?.id || sc.actor.agent?.isAdmin ? job : null;
}
