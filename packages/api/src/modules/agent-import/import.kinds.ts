import { userImportSpec } from '../user-import/user-import.kind';
import { ImportKind } from './agent-import.entity';
import { agentImportSpec } from './import.agents';
import { CsvFileError } from './import.csv';
import type { ImportSpec } from './import.kind';

const SPECS: Record<ImportKind, ImportSpec> = {
  [ImportKind.AGENTS]: agentImportSpec as ImportSpec,
  [ImportKind.USERS]: userImportSpec as ImportSpec,
};

/** The spec that runs a job of `kind`; a kind this build does not know fails the job (never runs it as another kind). */
export function importSpecOf(kind: ImportKind): ImportSpec {
  const spec = SPECS[kind] as ImportSpec | undefined;
  if (!spec) throw new CsvFileError('UNKNOWN_KIND', `This server cannot run imports of kind ${kind}`);
  return spec;
}
