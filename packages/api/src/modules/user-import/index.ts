export { UserImport, UserImportResolver } from './user-import.resolver';
export { usersCsvRoute } from './user-export';
export { USER_UPLOAD } from './user-import.http';
