import path from 'node:path';
import { GraphQLSchema } from 'graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { buildSchema, BuildSchemaOptions, NonEmptyArray } from 'type-graphql';
import { AuthChecker } from './plugins/auth-checker';
import { validateArg } from './validate';
import { leanResolvers } from './lean-resolvers';
import { fieldIsGuarded, fieldMetadata } from './type-graphql-internals';
import { AgentPhonesResolver, AgentResolver } from '../modules/agent';
import { AgentImportResolver } from '../modules/agent-import';
import { UserImportResolver } from '../modules/user-import';
import { ApiTokenResolver } from '../modules/api-token';
import { AuditResolver } from '../modules/audit';
import { AuthResolver, PasskeyResolver, PasswordResetResolver, SecondFactorResolver, SessionsResolver } from '../modules/auth';
import { ChangeLogResolver } from '../modules/change-log';
import { DepartmentResolver } from '../modules/department';
import { AgentBusinessUnitResolver, BusinessUnitResolver } from '../modules/business-unit';
import { InvitationPreviewResolver, InvitationResolver } from '../modules/invitation';
import { LicenseResolver } from '../modules/license';
import { NotificationResolver } from '../modules/notification';
import { OutboxResolver } from '../modules/mail';
import { PermissionResolver } from '../modules/permission';
import { OrganizationTeamsResolver, TeamResolver } from '../modules/team';
import { OrganizationResolver } from '../modules/organization';
import { ActivityMovedFromResolver, ChangeLogMovedFromResolver, UserMergeResolver, UserResolver } from '../modules/user';
import { UsergroupResolver } from '../modules/usergroup';
import { UserFileResolver } from '../modules/user-file';
import { AgentCrmResolver } from '../modules/agent-crm';
import { AgentAvatarResolver, ChangeLogActorAvatarResolver } from '../modules/agent-avatar';
import { CrmSettingsResolver, SecuritySettingsResolver } from '../modules/setting';
import { UserCustomFieldResolver, UserCustomValuesResolver } from '../modules/custom-field';
import { SamlProviderResolver, SsoProviderResolver, SsoSettingsResolver } from '../modules/sso';

export const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  PasswordResetResolver,
  SessionsResolver,
  SecondFactorResolver,
  PasskeyResolver,
  AgentResolver,
  AgentPhonesResolver,
  PermissionResolver,
  TeamResolver,
  OrganizationTeamsResolver,
  DepartmentResolver,
  BusinessUnitResolver,
  AgentBusinessUnitResolver,
  ChangeLogResolver,
  ApiTokenResolver,
  AuditResolver,
  LicenseResolver,
  InvitationResolver,
  InvitationPreviewResolver,
  OutboxResolver,
  NotificationResolver,
  AgentImportResolver,
  UserImportResolver,
  UserResolver,
  UserMergeResolver,
  ChangeLogMovedFromResolver,
  ActivityMovedFromResolver,
  OrganizationResolver,
  UsergroupResolver,
  UserFileResolver,
  AgentCrmResolver,
  AgentAvatarResolver,
  ChangeLogActorAvatarResolver,
  CrmSettingsResolver,
  SecuritySettingsResolver,
  UserCustomFieldResolver,
  UserCustomValuesResolver,
  SsoProviderResolver,
  SsoSettingsResolver,
  SamlProviderResolver,
];

export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema.graphql');

// The contract names the timestamp scalar DateTime (ISO 8601 strings).
const OPTIONS: BuildSchemaOptions = {
  resolvers,
  authChecker: AuthChecker,
  validateFn: validateArg,
  scalarsMap: [{ type: Date, scalar: GraphQLDateTime }],
};

/**
 * Plain fields (no @Authorized, no middleware, no field resolver, property named like the field)
 * resolve with graphql-js's default resolver: type-graphql otherwise wraps each in a middleware
 * chain, run for every field of every row (a page of 50 agents has about a thousand). Fields
 * with roles or middleware keep type-graphql's wrapper, so field authorization is unchanged.
 */
export function plainFieldsResolveDirectly(): void {
  for (const field of fieldMetadata()) {
    if (field.simple === undefined && !fieldIsGuarded(field) && field.schemaName === field.name) field.simple = true;
  }
}

let cached: Promise<GraphQLSchema> | null = null;

/** Builds the schema once per process (type-graphql metadata is global anyway). */
export function buildAppSchema(emitFile = false): Promise<GraphQLSchema> {
  plainFieldsResolveDirectly();
  if (emitFile) return buildSchema({ ...OPTIONS, emitSchemaFile: { path: SCHEMA_FILE, sortedSchema: true } });
  cached ??= buildSchema(OPTIONS).then((schema) => {
    // Only valid while no global middleware runs and a refused check is an error (lean-resolvers.ts).
    if (!OPTIONS.globalMiddlewares?.length && (OPTIONS.authMode ?? 'error') === 'error') leanResolvers(schema, AuthChecker);
    return schema;
  });
  return cached;
}
