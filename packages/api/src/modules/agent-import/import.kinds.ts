import { userImportSpec } from '../user-import/user-import.spec';
import { ImportKind } from './agent-import.entity';
import { agentImportSpec } from './import.agents';
import type { ImportSpec } from './import.spec';

const SPECS: Record<ImportKind, ImportSpec> = {
  [ImportKind.AGENTS]: agentImportSpec as ImportSpec,
  [ImportKind.USERS]: userImportSpec as ImportSpec,
};

/** The spec that runs a job of `kind`. */
export const importSpecOf = (kind: ImportKind): ImportSpec => SPECS[kind] ?? SPECS[ImportKind.AGENTS];
