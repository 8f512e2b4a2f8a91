export {
  AgentImport,
  AgentImportError,
  AgentImportRow,
  ImportErrorMode,
  ImportExistingMode,
  ImportStatus,
  PasswordLink,
} from './agent-import.entity';
export { AgentImportResolver } from './import.resolver';
export { ImportRunner } from './import.runner';
export { createImport, getImport, importErrorReport, MAX_IMPORT_BYTES, orDiscardFile, storeImportFile } from './import.service';
export type { CreateImportArgs } from './import.service';
