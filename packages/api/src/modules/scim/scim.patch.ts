import { scimPatch, ScimError, type ScimPatchOperation, type ScimResource } from 'scim-patch';
import { FilterOnEmptyArray } from 'scim-patch/lib/src/errors/scimErrors';
import { checkBody, SCIM, SCIM_LIMITS, scimError } from './scim.resource';

// PATCH (RFC 7644 §3.5.2) applied by scim-patch to the resource as the client last read it; the
// caller then writes the difference through the domain services. What is done here is only the
// shape the identity providers send put into the RFC's: Entra ID and Okta send path-less
// operations whose value object holds several attributes (`{"active": false}`, Entra also
// `{"name.givenName": "Ann"}`); each becomes one operation with a path.

const OPS = new Set(['add', 'replace', 'remove']);
/** Attributes a client may not set; path-less operations that name them (Okta sends `id`) leave them alone. */
const READ_ONLY = new Set(['id', 'meta', 'schemas', 'groups']);

const plainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The top-level attribute of a path written in any case (SCIM names ignore case), as the resource spells it. */
function canonicalPath(path: string, names: Map<string, string>): string {
  const m = /^(urn:ietf:params:scim:schemas:core:2\.0:(?:User|Group):)?([A-Za-z][\w$-]*)(.*)$/s.exec(path);
  if (!m) return path;
  return (names.get(m[2].toLowerCase()) ?? m[2]) + m[3];
}

function operations(body: unknown, attributeNames: readonly string[]): ScimPatchOperation[] {
  const b = checkBody(body, SCIM.PATCH);
  const ops = b.Operations;
  if (!Array.isArray(ops) || ops.length === 0) throw scimError(400, 'invalidSyntax', 'Operations must be a non-empty list');
  if (ops.length > SCIM_LIMITS.maxOperations)
    throw scimError(400, 'tooMany', `At most ${SCIM_LIMITS.maxOperations} operations per request (${ops.length} sent)`);
  const names = new Map(attributeNames.map((n) => [n.toLowerCase(), n]));
  const out: ScimPatchOperation[] = [];
  ops.forEach((raw: unknown, i) => {
    if (!plainObject(raw)) throw scimError(400, 'invalidSyntax', `Operations[${i}] must be an object`);
    const op = typeof raw.op === 'string' ? raw.op.toLowerCase() : '';
    if (!OPS.has(op)) throw scimError(400, 'invalidSyntax', `Operations[${i}].op must be add, replace or remove`);
    const path = raw.path;
    if (path !== undefined && path !== null && (typeof path !== 'string' || path.length > 500))
      throw scimError(400, 'invalidPath', `Operations[${i}].path must be a string of at most 500 characters`);
    if (path) {
      const p = canonicalPath(path, names);
      const items = raw.value;
      // Entra removes members by listing them (`{"op":"Remove","path":"members","value":[{"value":"7"}]}`):
      // each is matched by its value, not by the whole object the client happened to send.
      if (
        op === 'remove' &&
        !p.includes('[') &&
        Array.isArray(items) &&
        items.every((v) => plainObject(v) && typeof v.value === 'string')
      ) {
        for (const v of items as { value: string }[]) out.push({ op, path: `${p}[value eq ${JSON.stringify(v.value)}]` });
        return;
      }
      out.push({ op, path: p, value: items } as ScimPatchOperation);
      return;
    }
    if (op === 'remove') throw scimError(400, 'noTarget', `Operations[${i}]: remove needs a path`);
    if (!plainObject(raw.value)) throw scimError(400, 'invalidValue', `Operations[${i}].value must be an object when there is no path`);
    for (const [key, value] of Object.entries(raw.value)) {
      const attr = canonicalPath(key, names);
      if (READ_ONLY.has(attr)) continue;
      // An extension schema's object (Okta sends the whole User): its attributes, each by its URN path.
      if (plainObject(value) && attr.startsWith('urn:')) {
        for (const [sub, v] of Object.entries(value)) out.push({ op, path: `${attr}:${sub}`, value: v } as ScimPatchOperation);
      }
      // A complex value without a path sets only the sub-attributes it names (`name: {givenName}`).
      else if (plainObject(value) && !attr.includes('.')) {
        for (const [sub, v] of Object.entries(value)) out.push({ op, path: `${attr}.${sub}`, value: v } as ScimPatchOperation);
      } else out.push({ op, path: attr, value } as ScimPatchOperation);
    }
  });
  return out;
}

/**
 * The resource after the body's operations (the original is left alone); operations on
 * read-only attributes are refused (mutability), malformed ones answer the scimType scim-patch names.
 */
export function patchResource<T extends object>(resource: T, body: unknown, attributeNames: readonly string[]): T {
  const ops = operations(body, attributeNames);
  for (const op of ops) {
    const top = op.path?.split(/[.[]/)[0];
    if (top && READ_ONLY.has(top)) throw scimError(400, 'mutability', `${top} cannot be changed`);
  }
  let patched = JSON.parse(JSON.stringify(resource)) as ScimResource;
  try {
    for (const op of ops) {
      try {
        patched = scimPatch(patched, [op], { mutateDocument: true, treatMissingAsAdd: true });
      } catch (e) {
        // Removing a member from a group that has none left is done already (providers retry removals).
        if (op.op === 'remove' && e instanceof FilterOnEmptyArray) continue;
        throw e;
      }
    }
    return patched as unknown as T;
  } catch (e) {
    if (e instanceof ScimError) {
      const type =
        e.scimCode === 'noTarget' || e.scimCode === 'invalidPath' || e.scimCode === 'invalidValue' ? e.scimCode : 'invalidSyntax';
      throw scimError(400, type, e.message);
    }
    throw scimError(400, 'invalidPath', `The operations could not be applied: ${(e as Error).message}`.slice(0, 300));
  }
}
