import type { ServiceContext } from '../../common/service';
import type { ImportJob } from '../import/import-job.entity';
import { createImport, CreateImportArgs, getImport } from '../import/import.service';
import { requireImportPermissions, USER_IMPORT_KIND } from './user-import.kind';

/** Stores a user import job (QUEUED), refused unless the actor may create (and, to UPDATE, edit) users. */
export async function createUserImport(sc: ServiceContext, args: Omit<CreateImportArgs, 'kind'>): Promise<ImportJob> {
  await requireImportPermissions(sc, args.existing);
  return createImport(sc, { ...args, kind: USER_IMPORT_KIND });
}

/**
 * A user import job: for the agent who started it (or an administrator), with people.create. Its
 * errors hold the file's cells, which other agents may not be allowed to see.
 */
export async function findUserImport(sc: ServiceContext, id: string): Promise<ImportJob | null> {
  await requireImportPermissions(sc, null);
  const job = await getImport(sc, { id, kind: USER_IMPORT_KIND });
  if (!job) return null;
  return job.actorAgentId === sc.actor.agent?.id || sc.actor.agent?.isAdmin ? job : null;
}
