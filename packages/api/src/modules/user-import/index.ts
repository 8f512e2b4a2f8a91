// The user kind of CSV import (the engine is modules/import), and the user CSV export.
export { UserImport, UserImportResolver } from './user-import.resolver';
export { USER_CSV_HEADER, userCsvPages } from './user-export';
export { createUserImport, findUserImport } from './user-import.service';
export { createImportedUsers } from './user-import.write';
export type { UserImportValues } from './user-import.rows';
export { requireImportPermissions, USER_IMPORT_KIND, userImportSpec } from './user-import.kind';
