// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Note, User, UserEmail } from './user.entity';
export { MovedKind, UserMerge, UserMergeMoved } from './user-merge.entity';
export { MERGE_UNDO_DAYS, mergeUsers, undoUserMerge } from './user.merge';
export { listUsers, USERS_CURSOR } from './user.query';
export { PEOPLE } from './user.permissions';
export { UserResolver } from './user.resolver';
export { ActivityMovedFromResolver, ChangeLogMovedFromResolver, UserMergeResolver } from './user-merge.resolver';
export { addUserNote, createUser, deleteUser, updateUser } from './user.service';
// Team-scoped visibility: every other reader of users (the CSV export) narrows its query with these.
export { inUserScope, userScope, whereInUserScope } from './user.scope';
export type { ActorUserScope, UserScope } from './user.scope';
export { userLoaders } from './user.loaders';
export { checkContact, checkUserEmail, checkUserName, USER_LIMITS } from './user.validation';
export type { ContactFields } from './user.validation';
export { syncUserWords, UserWord, userWordRows } from './user.words';
export { syncPrimaryEmail } from './user.emails';
