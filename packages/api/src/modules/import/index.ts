// The import engine: the job table, the runner, the CSV reader, cell checks and the kinds
// registry. The agent-import and user-import modules register their kinds (registerImportKind).
export {
  ImportErrorMode,
  ImportExistingMode,
  ImportJob,
  ImportRow,
  ImportRowAction,
  ImportRowError,
  ImportStatus,
} from './import-job.entity';
export { NameIndex, RowCells, SeenEmails } from './import.cells';
export type { CheckedRow, HeaderPlan, RowProblem } from './import.cells';
export { CsvFileError } from './import.csv';
export { ImportJobFields } from './import.fields';
export { importSpecOf, registerImportKind } from './import.kinds';
export type { Decided, ImportCounts, ImportPass, ImportSpec, RowCheck } from './import.kinds';
export { ImportRunner } from './import.runner';
export {
  createImport,
  getImport,
  importErrorReport,
  importErrors,
  importRows,
  MAX_IMPORT_BYTES,
  orDiscardFile,
  storeImportFile,
} from './import.service';
export type { CreateImportArgs, StoredFile } from './import.service';
