// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { LocalFileStorage } from './file-storage';
export type { FileStorage } from './file-storage';
export { UserFile } from './user-file.entity';
export { addUserFile, assertCanUpload, cleanFileName, findUserFile, MAX_USER_FILE_BYTES, servedType } from './user-file.service';
export { UserFileResolver } from './user-file.resolver';
export { userFileLoaders } from './user-file.loaders';
