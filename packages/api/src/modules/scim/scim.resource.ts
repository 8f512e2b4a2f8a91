import { createHash } from 'node:crypto';
import { ErrorCode, idNumber } from '@roster/shared';
import { DomainError, FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { type EntityTarget } from 'typeorm';
import { Agent } from '../agent/agent.entity';
import { Team, TeamMember } from '../team/team.entity';
import { ChangeLogEntityType, recordChanges } from '../../common/change-log';
import { inList } from '../../common/relations';

// What SCIM 2.0 resources share (RFC 7643, 7644): schema URNs, errors with a status and a
// scimType, weak ETags, meta, list answers and the bounds on what a client may send.

export const SCIM = {
  USER: 'urn:ietf:params:scim:schemas:core:2.0:User',
  GROUP: 'urn:ietf:params:scim:schemas:core:2.0:Group',
  /** Roster's User extension: agentType (FULL or LIGHT). */
  ROSTER_USER: 'urn:ietf:params:scim:schemas:extension:roster:2.0:User',
  LIST: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  PATCH: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  ERROR: 'urn:ietf:params:scim:api:messages:2.0:Error',
  SPC: 'urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig',
  RESOURCE_TYPE: 'urn:ietf:params:scim:schemas:core:2.0:ResourceType',
  SCHEMA: 'urn:ietf:params:scim:schemas:core:2.0:Schema',
} as const;

/** The scimType values of RFC 7644 §3.12 this service answers with. */
export type ScimType =
  'invalidFilter' | 'tooMany' | 'uniqueness' | 'mutability' | 'invalidSyntax' | 'invalidPath' | 'noTarget' | 'invalidValue';

/** Bounds: a page of a list, PATCH operations and group members per request, attribute text. */
export const SCIM_LIMITS = { maxCount: 200, defaultCount: 100, maxOperations: 100, maxMembers: 1000, maxFilterLength: 1000, maxText: 255 };

/** A refusal with its HTTP status and scimType; the edge (src/http/scim.ts) writes the SCIM error body. */
export function scimError(status: number, scimType: ScimType | null, detail: string): DomainError {
  const code = status === 404 ? ErrorCode.NOT_FOUND : status === 409 ? ErrorCode.CONFLICT : ErrorCode.BAD_USER_INPUT;
  return new DomainError(code, detail, undefined, { status, scimType });
}

export const invalidValue = (detail: string) => scimError(400, 'invalidValue', detail);

/** Throws the collected field errors as one 400 invalidValue naming every bad attribute. */
export function throwIfInvalid(fc: FieldCheck): void {
  if (fc.ok) return;
  throw invalidValue(
    Object.entries(fc.errors)
      .map(([f, m]) => `${f}: ${m}`)
      .join('; '),
  );
}

/** A resource id from the URL: a positive integer, else the resource does not exist (404). */
export function resourceId(id: string, label: 'User' | 'Group'): number {
  const n = idNumber(id);
  if (n === null) throw scimError(404, null, `${label} ${JSON.stringify(id.slice(0, 40))} not found`);
  return n;
}

export interface Meta {
  resourceType: 'User' | 'Group';
  created: string;
  lastModified: string;
  location: string;
  version: string;
}

/** The weak ETag of a representation: a digest of everything but `meta`, so any change shows. */
export function versionOf(resource: object): string {
  return `W/"${createHash('sha256').update(JSON.stringify(resource)).digest('base64url').slice(0, 22)}"`;
}

export const baseUrl = (sc: ServiceContext) => `${sc.config.publicUrl.replace(/\/$/, '')}/scim/v2`;

/** Adds `meta` (with the version of the rest) to a resource. */
export function withMeta<T extends { id: string }>(
  sc: ServiceContext,
  resource: T,
  type: 'User' | 'Group',
  created: Date,
  lastModified: Date,
): T & { meta: Meta } {
  return {
    ...resource,
    meta: {
      resourceType: type,
      created: created.toISOString(),
      lastModified: lastModified.toISOString(),
      location: `${baseUrl(sc)}/${type}s/${resource.id}`,
      version: versionOf(resource),
    },
  };
}

/**
 * `If-Match` (RFC 7644 §3.14): a write goes ahead only when the client's version is the current
 * one (or `*`); otherwise 412 and nothing changes. Weak and strong forms compare alike.
 */
export function checkIfMatch(ifMatch: string | undefined, current: { meta: Meta }): void {
  if (!ifMatch) return;
  const strip = (v: string) => v.trim().replace(/^W\//, '');
  const wanted = ifMatch.split(',').map(strip);
  if (wanted.includes('*') || wanted.includes(strip(current.meta.version))) return;
  throw scimError(412, null, `The resource has changed (its version is ${current.meta.version}): read it again`);
}

export interface ListQuery {
  filter?: unknown;
  startIndex?: unknown;
  count?: unknown;
  attributes?: unknown;
  excludedAttributes?: unknown;
}

export interface Page {
  /** 1-based, as SCIM has it. */
  startIndex: number;
  count: number;
}

/** `startIndex` (at least 1) and `count` (0..maxCount, default defaultCount); bad values are invalidValue. */
export function pageOf(query: ListQuery): Page {
  const int = (v: unknown, name: string, fallback: number, min: number): number => {
    if (v === undefined || v === '') return fallback;
    if (typeof v !== 'string' || !/^-?\d{1,9}$/.test(v)) throw invalidValue(`${name} must be an integer`);
    return Math.max(min, Number(v));
  };
  // RFC 7644 §3.4.2.4: a startIndex below 1 counts as 1, a negative count as 0.
  return {
    startIndex: int(query.startIndex, 'startIndex', 1, 1),
    count: Math.min(SCIM_LIMITS.maxCount, int(query.count, 'count', SCIM_LIMITS.defaultCount, 0)),
  };
}

/** The list answer (RFC 7644 §3.4.2). */
export const listResponse = (total: number, page: Page, resources: object[]) => ({
  schemas: [SCIM.LIST],
  totalResults: total,
  startIndex: page.startIndex,
  itemsPerPage: resources.length,
  Resources: resources,
});

/** A string attribute: absent is undefined, null is null, anything else must be a string of at most `max` characters. */
export function text(fc: FieldCheck, value: unknown, attr: string, max = SCIM_LIMITS.maxText): string | null | undefined {
  if (value === undefined || value === null) return value;
  if (!fc.check(typeof value === 'string', attr, 'must be a string')) return undefined;
  const s = (value as string).trim();
  fc.check(s.length <= max, attr, `must be at most ${max} characters`);
  return s;
}

/** A boolean attribute; Entra ID has sent "True"/"False" as strings, which are read as booleans too. */
export function bool(fc: FieldCheck, value: unknown, attr: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string' && /^(true|false)$/i.test(value)) return value.toLowerCase() === 'true';
  fc.check(false, attr, 'must be true or false');
  return undefined;
}

/** A body must be a JSON object naming `schema` among its schemas. */
export function checkBody(body: unknown, schema: string): Record<string, unknown> {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw scimError(400, 'invalidSyntax', 'The body must be a JSON object');
  const schemas = (body as { schemas?: unknown }).schemas;
  if (!Array.isArray(schemas) || !schemas.includes(schema)) throw scimError(400, 'invalidSyntax', `schemas must include "${schema}"`);
  return body as Record<string, unknown>;
}

/** Stores the identity provider's id of a resource (externalId), logged like every other change. */
export async function writeExternalId(
  sc: ServiceContext,
  entity: EntityTarget<{ id: number; externalId: string | null }>,
  logType: ChangeLogEntityType,
  row: { id: number; externalId: string | null },
  externalId: string | null | undefined,
): Promise<void> {
  if (externalId === undefined || externalId === row.externalId) return;
  await sc.em.update(entity, row.id, { externalId } as never);
  await recordChanges(sc.em, sc.actor, logType, row.id, [{ field: 'externalId', oldValue: row.externalId, newValue: externalId }]);
  row.externalId = externalId;
}

const attributeList = (v: unknown, name: string): Set<string> | null => {
  if (v === undefined || v === '') return null;
  if (typeof v !== 'string' || v.length > 1000) throw invalidValue(`${name} must be given once, a comma-separated list`);
  // Sub-attributes (`name.givenName`) select or drop their whole top-level attribute.
  return new Set(
    v.split(',').map((a) =>
      a
        .trim()
        .replace(/^urn:.*:/, '')
        .split('.')[0]
        .toLowerCase(),
    ),
  );
};

/** `attributes` / `excludedAttributes` (RFC 7644 §3.4.2.5) on top-level attributes; id, schemas and meta always stay. */
export function projection(query: ListQuery): <T extends object>(resource: T) => Partial<T> {
  const only = attributeList(query.attributes, 'attributes');
  const without = attributeList(query.excludedAttributes, 'excludedAttributes');
  if (!only && !without) return (r) => r;
  const always = new Set(['id', 'schemas', 'meta']);
  return (r) =>
    Object.fromEntries(
      Object.entries(r).filter(([k]) => {
        const key = k.toLowerCase();
        return always.has(key) || ((!only || only.has(key)) && !without?.has(key));
      }),
    ) as never;
}

/** Whether the projection leaves `attribute` out (so it need not be read). */
export function excludes(query: ListQuery, attribute: string): boolean {
  const only = attributeList(query.attributes, 'attributes');
  const without = attributeList(query.excludedAttributes, 'excludedAttributes');
  return !!without?.has(attribute.toLowerCase()) || (!!only && !only.has(attribute.toLowerCase()));
}

/**
 * Team memberships of the given agents (`of: 'agent'`: each agent's teams, by team name) or teams
 * (`of: 'team'`: each team's members, by agent id), in one query: id and name of the other side.
 */
export async function membershipsOf(
  sc: ServiceContext,
  of: 'agent' | 'team',
  ids: number[],
): Promise<Map<number, { id: number; name: string }[]>> {
  const out = new Map<number, { id: number; name: string }[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const [key, other, alias, join, order] =
    of === 'agent'
      ? (['agentId', Team, 't', 't.id = m.teamId', 't.name'] as const)
      : (['teamId', Agent, 'a', 'a.id = m.agentId', 'a.id'] as const);
  const rows: { ownerId: number; id: number; name: string }[] = await sc.em
    .getRepository(TeamMember)
    .createQueryBuilder('m')
    .innerJoin(other, alias, join)
    .select([`m.${key} AS "ownerId"`, `${alias}.id AS "id"`, `${alias}.name AS "name"`])
    .where({ [key]: inList(ids) })
    .orderBy(order, 'ASC')
    .getRawMany();
  for (const r of rows) out.get(Number(r.ownerId))!.push({ id: Number(r.id), name: r.name });
  return out;
}
