import { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { AuthCheckerInterface, ResolverData } from 'type-graphql';
import { resolverMetadata } from './type-graphql-internals';

/**
 * Resolvers in resolver classes without middleware whose parameters are only @Root, @Ctx and
 * @Info (the agent list's teams, permissionGroups, departments, effectivePermissions, resolved
 * once per row; `viewer`) call their method directly: type-graphql's wrapper looks the resolver
 * instance up, sorts the parameter metadata, maps it and runs a middleware chain of async
 * functions on every call, which on a page of 50 agents cost more than the fields themselves.
 * Authorization is the same: a resolver with @Authorized runs the same auth checker with the same
 * roles first (type-graphql's AuthMiddleware; an error it throws is the field's error either way),
 * and anything the checker does not plainly grant goes to type-graphql's wrapper. A resolver with
 * middleware or arguments (validated by type-graphql) keeps the wrapper, and so does a call whose
 * root type-graphql would convert to its class (a plain object).
 */
export function leanResolvers(schema: GraphQLSchema, authChecker: new () => AuthCheckerInterface): void {
  const instances = new Map<Function, Record<string, Function>>();
  const checker = new authChecker();
  for (const fr of resolverMetadata()) {
    const params = fr.params;
    if (!fr.external || fr.middlewares?.length) continue;
    if (!params.every((p) => p.kind === 'root' || p.kind === 'context' || p.kind === 'info')) continue;
    const typeName = fr.typeName;
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
    // @Authorized() has roles [] (a signed-in actor), no @Authorized has none.
    const roles = fr.roles;
    // Called once per row and field of a list: no array of arguments is built for the usual arities.
    const [g0, g1, g2] = getters;
    const call = (instance: Record<string, Function>, root: unknown, ctx: unknown, info: unknown): unknown => {
      switch (getters.length) {
        case 0:
          return instance[method]();
        case 1:
          return instance[method](g0(root, ctx, info));
        case 2:
          return instance[method](g0(root, ctx, info), g1(root, ctx, info));
        case 3:
          return instance[method](g0(root, ctx, info), g1(root, ctx, info), g2(root, ctx, info));
        default:
          return instance[method](...getters.map((g) => g(root, ctx, info)));
      }
    };
    let instance: Record<string, Function> | undefined;
    const lean: GraphQLFieldResolver<unknown, unknown> = (root, args, ctx, info) => {
      // type-graphql's convertToType leaves null and instances of the class as they are.
      if (rootType && root != null && !(root instanceof (rootType as Function))) return wrapped(root, args, ctx, info);
      if (roles && checker.check({ root, args, context: ctx, info } as ResolverData, roles) !== true) return wrapped(root, args, ctx, info);
      if (!instance) {
        instance = instances.get(target);
        if (!instance) instances.set(target, (instance = new (target as new () => Record<string, Function>)()));
      }
      return call(instance, root, ctx, info);
    };
    field.resolve = lean;
  }
}
