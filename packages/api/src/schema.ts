import path from 'node:path';
import { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, BuildSchemaOptions, NonEmptyArray } from 'type-graphql';
import { AuthChecker } from './common/auth';
import { AgentResolver } from './modules/agent/agent.resolver';
import { ApiTokenResolver } from './modules/api-token/api-token.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { ChangeLogResolver } from './modules/change-log/change-log.resolver';
import { DepartmentResolver } from './modules/department/department.resolver';
import { InvitationResolver } from './modules/invitation/invitation.resolver';
import { LicenseResolver } from './modules/license/license.resolver';
import { NotificationResolver } from './modules/notification/notification.resolver';
import { OutboxResolver } from './modules/mail/outbox.resolver';
import { PermissionResolver } from './modules/permission/permission.resolver';
import { TeamResolver } from './modules/team/team.resolver';

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver, AgentResolver, PermissionResolver, TeamResolver, DepartmentResolver, ChangeLogResolver,
  ApiTokenResolver, LicenseResolver, InvitationResolver, OutboxResolver, NotificationResolver,
];

export const SCHEMA_FILE = path.resolve(__dirname, '..', 'schema.graphql');

// The contract names the timestamp scalar DateTime (ISO 8601 strings).
const OPTIONS: BuildSchemaOptions = {
  resolvers,
  authChecker: AuthChecker,
  validate: { forbidUnknownValues: false },
  scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
};

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the schema once per process (type-graphql metadata is global anyway). */
export function buildAppSchema(emitFile = false): Promise<GraphQLSchema> {
  if (emitFile) return buildSchema({ ...OPTIONS, emitSchemaFile: { path: SCHEMA_FILE, sortedSchema: true } });
  cached ??= buildSchema(OPTIONS);
  return cached;
}
