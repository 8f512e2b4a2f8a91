import { graphql, GraphQLObjectType } from 'graphql';
import {
  Arg,
  Authorized,
  AuthCheckerInterface,
  buildSchema,
  Ctx,
  Field,
  FieldResolver,
  Info,
  MiddlewareFn,
  ObjectType,
  Query,
  Resolver,
  ResolverData,
  Root,
  UseMiddleware,
} from 'type-graphql';
import { leanResolvers } from './lean-resolvers';
import { plainFieldsResolveDirectly } from './schema';
import {
  fieldIsGuarded,
  fieldMetadata,
  installedTypeGraphqlVersion,
  internalsChanged,
  resolverMetadata,
  TYPE_GRAPHQL_WRITTEN_FOR,
} from './type-graphql-internals';

// Pins what lean-resolvers.ts and schema.ts read from type-graphql's metadata storage (through
// type-graphql-internals.ts) and that setting `simple` and replacing a field's resolve still do
// what they did. A failure names the installed type-graphql version and what changed.

const passThrough: MiddlewareFn = (_data, next) => next();

@ObjectType()
class Probe {
  @Field()
  plain!: string;

  @Field({ name: 'renamed' })
  internalName!: string;

  @Authorized()
  @Field()
  guarded!: string;
}

@Resolver(() => Probe)
class ProbeResolver {
  @Query(() => Probe)
  probe(@Ctx() _ctx: unknown, @Info() _info: unknown): Probe {
    return Object.assign(new Probe(), { plain: 'p', internalName: 'i', guarded: 'g' });
  }

  @Authorized('ADMIN')
  @FieldResolver(() => String)
  lean(@Root() root: Probe, @Ctx('user') user: string): string {
    return `${root.plain}:${user}`;
  }

  @UseMiddleware(passThrough)
  @FieldResolver(() => String)
  wrapped(@Root() root: Probe, @Arg('x') x: string): string {
    return root.plain + x;
  }
}

class Checker implements AuthCheckerInterface {
  check({ context }: ResolverData<{ user?: string }>, roles: string[]): boolean {
    return !!context.user && (roles.length === 0 || context.user === 'admin');
  }
}

function pinned(ok: boolean, what: string): void {
  if (!ok) throw internalsChanged(what);
}

const resolver = (method: string) => {
  const found = resolverMetadata().find((r) => r.target === ProbeResolver && r.methodName === method);
  pinned(!!found, `no resolver metadata for ProbeResolver.${method} in fieldResolvers/queries`);
  return found!;
};

// type-graphql attaches params, roles and middlewares to the metadata in buildSchema (storage.build):
// lean-resolvers.ts reads them after the build. NB schema.ts marks fields `simple` before the first
// build, when a field's own roles are not attached yet.
const built = () => buildSchema({ resolvers: [ProbeResolver], authChecker: Checker, validate: false });
beforeAll(built);

@ObjectType()
class GuardProbe {
  @Field()
  open!: string;

  @Authorized('ADMIN')
  @Field()
  adminOnly!: string;

  @UseMiddleware(passThrough)
  @Field()
  watched!: string;
}

// First, before any test builds a schema: only then are the fields' own roles still empty.
it('sees @Authorized and @UseMiddleware on a field before the first schema build (schema.ts marks only the others simple)', () => {
  const fields = fieldMetadata().filter((f) => f.target === GuardProbe);
  const guarded = Object.fromEntries(fields.map((f) => [f.name, fieldIsGuarded(f)]));
  expect(guarded).toEqual({ open: false, adminOnly: true, watched: true });
  plainFieldsResolveDirectly();
  expect(Object.fromEntries(fields.map((f) => [f.name, f.simple === true]))).toEqual({ open: true, adminOnly: false, watched: false });
});

test(`type-graphql is the version the adapter was written for (${TYPE_GRAPHQL_WRITTEN_FOR})`, () => {
  // An upgrade fails here first: re-check the tests below and lean-resolvers.ts, then move the pin.
  pinned(installedTypeGraphqlVersion() === TYPE_GRAPHQL_WRITTEN_FOR, 'the installed version is not the pinned one');
});

test('resolver metadata: type names, parameters, roles, middlewares, kind', () => {
  const probe = resolver('probe');
  expect(probe).toMatchObject({ typeName: 'Query', schemaName: 'probe', external: true, roles: undefined });
  pinned(probe.params.map((p) => p.kind).join() === 'context,info', `@Ctx/@Info param kinds are ${probe.params.map((p) => p.kind).join()}`);

  const lean = resolver('lean');
  expect(lean).toMatchObject({ typeName: 'Probe', schemaName: 'lean', external: true, roles: ['ADMIN'] });
  pinned(!lean.middlewares?.length, 'a resolver without @UseMiddleware has middlewares');
  const [root, ctx] = lean.params;
  pinned(root?.kind === 'root' && root.getType?.() === Probe && !root.propertyName, '@Root param: kind/getType/propertyName changed');
  pinned(ctx?.kind === 'context' && ctx.propertyName === 'user', "@Ctx('user') param: kind/propertyName changed");

  const wrapped = resolver('wrapped');
  pinned(wrapped.middlewares?.length === 1, '@UseMiddleware is not in middlewares');
  expect(wrapped.params.map((p) => p.kind)).toEqual(['root', 'arg']);
});

test('field metadata and `simple`: a simple field has no resolver, a guarded one keeps the wrapper', async () => {
  const fields = fieldMetadata().filter((f) => ['plain', 'internalName', 'guarded'].includes(f.name));
  const byName = new Map(fields.map((f) => [f.name, f]));
  pinned(byName.get('internalName')?.schemaName === 'renamed', 'field metadata: name/schemaName changed');
  pinned(Array.isArray(byName.get('guarded')?.roles), 'field metadata: @Authorized() roles are not an array after a build');
  byName.get('plain')!.simple = true;

  const schema = await built();
  const probeType = schema.getType('Probe') as GraphQLObjectType;
  pinned(probeType.getFields().plain.resolve === undefined, '`simple: true` no longer leaves the field to the default resolver');
  pinned(typeof probeType.getFields().guarded.resolve === 'function', 'a field with roles has no resolver wrapper');

  const before = probeType.getFields().lean.resolve;
  leanResolvers(schema, Checker);
  pinned(probeType.getFields().lean.resolve !== before, 'leanResolvers did not replace a @Root/@Ctx field resolver');

  const source = '{ probe { plain renamed guarded lean wrapped(x: "!") } }';
  const admin = await graphql({ schema, source, contextValue: { user: 'admin' } });
  expect(admin).toEqual({ data: { probe: { plain: 'p', renamed: 'i', guarded: 'g', lean: 'p:admin', wrapped: 'p!' } } });
  // Not plainly granted: type-graphql's wrapper answers, with its own error.
  const agent = await graphql({ schema, source: '{ probe { lean } }', contextValue: { user: 'agent' } });
  expect(agent.errors?.[0]?.message).toMatch(/Access denied/);
});
