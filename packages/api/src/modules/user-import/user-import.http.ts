import { USER_CSV_TEMPLATE_ROWS } from '@roster/shared';
import type { UploadKind } from '../agent-import/import.http';
import { userUploadContext } from '../agent-import/import.http';
import { createUserImport, findUserImport } from './user-import.service';
import { requireImportPermissions } from './user-import.kind';

/** POST /imports/users (as POST /imports/agents), GET /imports/users/template.csv and /imports/users/:id/errors.csv. */
export const USER_UPLOAD: UploadKind = {
  path: '/imports/users',
  errorsPath: '/imports/users/:id/errors.csv',
  context: userUploadContext,
  precheck: requireImportPermissions,
  create: createUserImport,
  find: findUserImport,
  template: { fileName: 'users-template.csv', rows: USER_CSV_TEMPLATE_ROWS },
};
