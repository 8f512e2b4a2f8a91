import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

interface ParamMeta {
  kind: string;
  index: number;
  propertyName?: string;
  getType?: () => unknown;
}

/**
 * Field resolvers without roles or middleware whose parameters are only @Root, @Ctx and @Info
 * (the agent list's teams, permissionGroups, departments, effectivePermissions, resolved once
 * per row) call their method directly: type-graphql's wrapper looks the resolver instance up,
 * sorts the parameter metadata, maps it and runs an empty middleware chain on every call, which
 * on a page of 50 agents cost more than the fields themselves. Nothing about authorization
 * changes: a field with roles or middleware keeps the wrapper (these check with authorizeField
 * inside the method), and so does any field with arguments (validated by type-graphql). Where
 * type-graphql would convert the root to its class (a plain object), the call goes to its wrapper.
 */
export function leanFieldResolvers(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<Function, Record<string, Function>>();
  for (const fr of storage.fieldResolvers) {
    const params = [...(fr.params as ParamMeta[])].sort((a, b) => a.index - b.index);
    if (fr.kind !== 'external' || fr.roles?.length || fr.middlewares?.length) continue;
    if (!params.every((p) => p.kind === 'root' || p.kind === 'context' || p.kind === 'info')) continue;
    const objectType = fr.getObjectType?.();
    const typeName = storage.objectTypes.find((o) => o.target === objectType)?.name;
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = type instanceof GraphQLObjectType ? type.getFields()[fr.schemaName] : undefined;
    if (!field?.resolve) continue;
    const wrapped = field.resolve;
    const target = fr.target;
    const method = fr.methodName;
    const rootType = params.find((p) => p.kind === 'root')?.getType?.();
    if (params.some((p) => p.kind === 'root' && p.propertyName) || (rootType !== undefined && typeof rootType !== 'function')) continue;
    const getters = params.map((p): ((root: unknown, ctx: unknown, info: unknown) => unknown) =>
      p.kind === 'root'
        ? (root) => root
        : p.kind === 'info'
          ? (_r, _c, info) => info
          : p.propertyName
            ? (_r, ctx) => (ctx as Record<string, unknown>)[p.propertyName!]
            : (_r, ctx) => ctx,
    );
    const lean: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
      // type-graphql's convertToType leaves null and instances of the class as they are.
      if (rootType && root != null && !(root instanceof (rootType as Function))) return wrapped(root, args, ctx, info);
      let instance = instances.get(target);
      if (!instance) instances.set(target, (instance = new (target as new () => Record<string, Function>)()));
      return instance[method](...getters.map((g) => g(root, ctx, info)));
    };
    field.resolve = lean;
  }
}
