// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { Note, User, UserEmail } from './user.entity';
export { UserMerge } from './user-merge.entity';
export { MERGE_UNDO_DAYS, mergeUsers, undoUserMerge } from './user.merge';
export { listUsers } from './user.query';
export { UserResolver } from './user.resolver';
export { UserMergeResolver } from './user-merge.resolver';
export { addUserNote, createUser, deleteUser, updateUser } from './user.service';
