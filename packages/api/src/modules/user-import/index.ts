export { UserImport, UserImportResolver } from './user-import.resolver';
export { USER_CSV_HEADER, userCsvPages } from './user-export';
export { createUserImport, findUserImport } from './user-import.service';
export { requireImportPermissions } from './user-import.kind';
