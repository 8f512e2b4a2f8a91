import type { ServiceContext } from '../../common/service';
import type { ImportJob } from '../import/import-job.entity';
import { createImport, CreateImportArgs, getImport } from '../import/import.service';
import { AGENT_IMPORT_KIND } from './import.agents';

/** Stores an agent import job (QUEUED) for a runner to pick up (the edge checked administrator access). */
export function createAgentImport(sc: ServiceContext, args: Omit<CreateImportArgs, 'kind'>): Promise<ImportJob> {
  return createImport(sc, { ...args, kind: AGENT_IMPORT_KIND });
}

/** The agent import job `id`: agentImport never shows a user import. */
export function getAgentImport(sc: ServiceContext, { id }: { id: string | number }): Promise<ImportJob | null> {
  return getImport(sc, { id, kind: AGENT_IMPORT_KIND });
}
