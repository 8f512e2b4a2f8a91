import fs from 'node:fs';
import path from 'node:path';
import { getMetadataStorage } from 'type-graphql';

/**
 * The one place that reads type-graphql's metadata storage, which is not public API: its shape
 * is that of type-graphql 2.0.0-rc.4 (pinned in package.json). lean-resolvers.ts and schema.ts
 * see only the types below; type-graphql-internals.spec.ts fails with a message naming the
 * installed version when an upgrade changes any of them.
 */
export const TYPE_GRAPHQL_WRITTEN_FOR = '2.0.0-rc.4';

/** One parameter of a resolver method (@Root, @Ctx, @Info, @Arg, @Args, ...). */
export interface ResolverParam {
  kind: string;
  index: number;
  /** @Ctx('name') / @Root('name'): the property taken from the context or root. */
  propertyName?: string;
  /** @Root: the root's class (a function), if declared. */
  getType?: () => unknown;
}

/** A @Query or a @FieldResolver, as lean-resolvers.ts reads it. */
export interface ResolverMeta {
  /** The GraphQL type the field is on ('Query' for a query); undefined when not found. */
  typeName: string | undefined;
  schemaName: string;
  target: Function;
  methodName: string;
  /** Sorted by index. */
  params: ResolverParam[];
  /** @Authorized roles: [] for @Authorized(), undefined without @Authorized. */
  roles: string[] | undefined;
  middlewares: unknown[] | undefined;
  /** A query, or a field resolver declared in a resolver class (not an `internal` one: a method of the object type). */
  external: boolean;
}

/** A @Field of an object type; setting `simple` before buildSchema drops type-graphql's resolver wrapper. */
export interface FieldMeta {
  target: Function;
  name: string;
  schemaName: string;
  simple?: boolean;
  roles?: unknown[];
  middlewares?: unknown[];
}

interface Storage {
  /** @Authorized and @UseMiddleware on fields, recorded at decoration; copied onto `fields` only by buildSchema. */
  authorizedFields: { target: Function; fieldName: string }[];
  middlewares: { target: Function; fieldName: string }[];
  fieldResolvers: unknown[];
  queries: unknown[];
  objectTypes: { target: Function; name: string }[];
  fields: FieldMeta[];
}

export function installedTypeGraphqlVersion(): string {
  try {
    const file = path.join(path.dirname(require.resolve('type-graphql')), '..', '..', 'package.json');
    return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** Throws with a message naming the versions when type-graphql's metadata no longer looks as this file expects. */
export function internalsChanged(what: string): Error {
  return new Error(
    `type-graphql internals changed: ${what} (installed type-graphql ${installedTypeGraphqlVersion()}, ` +
      `src/graphql/type-graphql-internals.ts was written for ${TYPE_GRAPHQL_WRITTEN_FOR}; see the dependency notes in the README)`,
  );
}

function storage(): Storage {
  const s = getMetadataStorage() as unknown as Partial<Storage>;
  for (const key of ['fieldResolvers', 'queries', 'objectTypes', 'fields'] as const) {
    if (!Array.isArray(s[key])) throw internalsChanged(`getMetadataStorage().${key} is not an array`);
  }
  return s as Storage;
}

interface RawResolver {
  kind?: string;
  params?: ResolverParam[];
  roles?: string[];
  middlewares?: unknown[];
  schemaName: string;
  target: Function;
  methodName: string;
  getObjectType?: () => unknown;
}

/** Every @FieldResolver and @Query registered so far (call after the resolver classes are loaded). */
export function resolverMetadata(): ResolverMeta[] {
  const s = storage();
  const typeNameOf = (fr: RawResolver): string | undefined => {
    if (!('getObjectType' in fr)) return 'Query';
    const objectType = fr.getObjectType?.();
    return s.objectTypes.find((o) => o.target === objectType)?.name;
  };
  return [...(s.fieldResolvers as RawResolver[]), ...(s.queries as RawResolver[])].map((fr) => {
    if (!Array.isArray(fr.params)) throw internalsChanged(`resolver metadata of ${fr.methodName} has no params array`);
    return {
      typeName: typeNameOf(fr),
      schemaName: fr.schemaName,
      target: fr.target,
      methodName: fr.methodName,
      params: [...fr.params].sort((a, b) => a.index - b.index),
      roles: fr.roles,
      middlewares: fr.middlewares,
      external: !('kind' in fr) || fr.kind === 'external',
    };
  });
}

/** Every @Field of every object and input type: the storage's own objects, so `simple` can be set on them. */
export function fieldMetadata(): FieldMeta[] {
  return storage().fields;
}

/**
 * Whether a field carries @Authorized or @UseMiddleware. Read from where the decorators record
 * them: before the first buildSchema a field's own `roles` and `middlewares` are still empty.
 */
export function fieldIsGuarded(field: FieldMeta): boolean {
  const s = storage();
  const on = (d: { target: Function; fieldName: string }) => d.fieldName === field.name && d.target === field.target;
  return !!field.roles?.length || !!field.middlewares?.length || s.authorizedFields.some(on) || s.middlewares.some(on);
}
