import {
  Brackets,
  type EntityManager,
  type EntityTarget,
  type ObjectLiteral,
  type SelectQueryBuilder,
  type WhereExpressionBuilder,
} from 'typeorm';
import { parse, type Filter } from 'scim2-parse-filter';
import { pageOf, SCIM_LIMITS, scimError, type ListQuery, type Page } from './scim.resource';

// SCIM filters (RFC 7644 §3.4.2.2) parsed by scim2-parse-filter, then translated into TypeORM
// where-conditions over an allow-list: each attribute a resource can be filtered on names a fixed
// SQL condition with one bound parameter. Client text is only ever a parameter value.

export type FilterValue = string | number | boolean | null;

/** SQL for `attribute eq value`, with `:${param}` where the value goes; null means "matches nothing". */
export type AttributeCondition = (param: string, value: FilterValue) => { sql: string; value: unknown } | null;

/** Attribute (lower case; sub-attributes as `emails.value`) -> its `eq` condition. */
export type FilterSpec = Record<string, AttributeCondition>;

const invalidFilter = (detail: string) => scimError(400, 'invalidFilter', detail);

/** `urn:...:User:userName` and `userName` are the same attribute; SCIM names ignore case. */
const attributeKey = (path: string, schema: string) => {
  const p = path.toLowerCase();
  const urn = `${schema.toLowerCase()}:`;
  return p.startsWith(urn) ? p.slice(urn.length) : p;
};

function parseFilter(text: string): Filter {
  if (text.length > SCIM_LIMITS.maxFilterLength)
    throw invalidFilter(`The filter must be at most ${SCIM_LIMITS.maxFilterLength} characters`);
  try {
    return parse(text);
  } catch {
    throw invalidFilter('The filter is not valid SCIM filter syntax (RFC 7644 §3.4.2.2)');
  }
}

/**
 * Narrows `qb` by the filter `text` (absent or empty: no filter). Supported: `eq` on the
 * attributes in `spec`, `and`, `or`, parentheses and value paths such as `emails[value eq "..."]`;
 * anything else is refused with invalidFilter naming it.
 */
export function applyFilter<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, text: unknown, spec: FilterSpec, schema: string): void {
  if (text === undefined || text === '') return;
  if (typeof text !== 'string') throw invalidFilter('filter must be given once');
  const ast = parseFilter(text);
  let n = 0;
  const add = (where: WhereExpressionBuilder, f: Filter, prefix: string, join: 'and' | 'or'): void => {
    const put = (sql: string, params?: ObjectLiteral) => (join === 'and' ? where.andWhere(sql, params) : where.orWhere(sql, params));
    switch (f.op) {
      case 'and':
      case 'or': {
        const op = f.op;
        put(new Brackets((inner) => f.filters.forEach((g, i) => add(inner, g, prefix, i === 0 ? 'and' : op))) as never);
        return;
      }
      case '[]': {
        if (prefix) throw invalidFilter('Value paths cannot be nested');
        add(where, f.valFilter, `${attributeKey(f.attrPath, schema)}.`, join);
        return;
      }
      case 'eq': {
        const key = prefix + attributeKey(f.attrPath, schema);
        const condition = spec[key];
        if (!condition) throw invalidFilter(`Filtering on "${f.attrPath}" is not supported (supported: ${Object.keys(spec).join(', ')})`);
        const param = `scimf${n++}`;
        const c = condition(param, f.compValue);
        put(c ? c.sql : '1 = 0', c ? { [param]: c.value } : undefined);
        return;
      }
      default:
        throw invalidFilter(`The "${f.op}" operator is not supported: use eq, and, or`);
    }
  };
  qb.andWhere(new Brackets((where) => add(where, ast, '', 'and')));
}

/** `eq` on a text column given by its query-builder path, compared as sent. */
export const textEquals =
  (column: string): AttributeCondition =>
  (param, value) =>
    typeof value === 'string' ? { sql: `${column} = :${param}`, value } : null;

/** `eq` on the id: a string of digits (SCIM ids are strings). */
export const idEquals =
  (column: string): AttributeCondition =>
  (param, value) =>
    (typeof value === 'string' && /^\d{1,15}$/.test(value)) || (typeof value === 'number' && Number.isSafeInteger(value))
      ? { sql: `${column} = :${param}`, value: Number(value) }
      : null;

/**
 * One page of a filtered list, in id order, and how many match in all. SCIM pages by position
 * (startIndex): the lists are agents (bounded by the license) and teams (bounded by MAX_TEAMS).
 */
export async function filteredPage<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  alias: string,
  query: ListQuery,
  spec: FilterSpec,
  schema: string,
): Promise<{ page: Page; total: number; rows: T[] }> {
  const page = pageOf(query);
  const qb = em.getRepository(entity).createQueryBuilder(alias);
  applyFilter(qb, query.filter, spec, schema);
  const total = await qb.getCount();
  const rows = page.count
    ? await qb
        .orderBy(`${alias}.id`, 'ASC')
        .skip(page.startIndex - 1)
        .take(page.count)
        .getMany()
    : [];
  return { page, total, rows };
}
