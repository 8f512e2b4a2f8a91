import {
  getNamedType,
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { generate } from 'otplib';

/** The TOTP code an authenticator app shows at `at` (seconds may be offset to reach the next step). */
export const totpCode = (secret: string, at = new Date()): Promise<string> => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

const SCALARS: Record<string, unknown> = { String: 'x', ID: '1', Int: 1, Float: 1, Boolean: false, DateTime: '2026-01-01T00:00:00.000Z' };

/** A value of `type` with only its required parts: enough to pass GraphQL validation. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [sample(t.ofType)];
  if (isEnumType(t)) return t.getValues()[0].value;
  if (isScalarType(t)) return SCALARS[t.name] ?? 'x';
  if (isInputObjectType(t)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(t.getFields())) if (isNonNullType(f.type)) out[f.name] = sample(f.type);
    return out;
  }
  return null;
}

/** One well-formed call of every root field of the schema but `except`: the query text and its variables. */
export function everyRootFieldCall(schema: GraphQLSchema, except: ReadonlySet<string>) {
  const calls: { field: string; query: string; variables: Record<string, unknown> }[] = [];
  for (const [op, type] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(type!.getFields())) {
      if (except.has(field.name)) continue;
      const required = field.args.filter((a) => isNonNullType(a.type));
      const decl = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = required.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      calls.push({
        field: field.name,
        query: `${op}${decl ? `(${decl})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        variables: Object.fromEntries(required.map((a) => [a.name, sample(a.type)])),
      });
    }
  }
  return calls;
}
