import { EntityManager } from 'typeorm';
import { conflict, DomainError, FieldErrors, isUniqueViolation } from '../../common/errors';
import { chunks, inList, replaceLinksMany } from '../../common/relations';
import { AgentEmail, AgentEmailKind } from './agent-email.entity';

// Login and extra addresses of all agents are one namespace (docs/behaviour.md): an address
// belongs to at most one agent, as its login or as an extra. The primary key of agent_email holds
// it; the checks here come first so that a form gets every taken field at once, and a unique-key
// violation (a concurrent request got there between the check and the write) gets the same answer.

export const EMAIL_TAKEN = 'is already used by another agent';

/** An agent's addresses as they are to be stored (normalised: lower-case). */
export interface AgentAddresses {
  id: number;
  email: string;
  extraEmails: readonly string[] | null;
}

/** Addresses an input wants for one agent; absent ones are not changing. */
export interface WantedAddresses {
  email?: string | null;
  extraEmails?: readonly string[] | null;
}

export interface EmailHolder {
  agentId: number;
  kind: AgentEmailKind;
}

const rowsOf = (a: AgentAddresses): AgentEmail[] => [
  { address: a.email.toLowerCase(), agentId: a.id, kind: AgentEmailKind.LOGIN },
  ...(a.extraEmails ?? []).map((e) => ({ address: e.toLowerCase(), agentId: a.id, kind: AgentEmailKind.EXTRA })),
];

/** The agents holding any of these addresses, by address. */
export async function emailHolders(em: EntityManager, addresses: readonly string[]): Promise<Map<string, EmailHolder>> {
  const found = new Map<string, EmailHolder>();
  const unique = [...new Set(addresses.map((a) => a.toLowerCase()))];
  for (const part of chunks(unique)) {
    for (const r of await em.find(AgentEmail, { where: { address: inList(part) } }))
      found.set(r.address, { agentId: r.agentId, kind: r.kind });
  }
  return found;
}

/** The CONFLICT naming the taken addresses, with their fields (`input.email`, `input.extraEmails.1`). */
export function emailsTaken(fields: FieldErrors, addresses: readonly string[]): DomainError {
  const list = [...new Set(addresses)];
  return conflict(`${list.join(', ')} ${list.length === 1 ? 'is' : 'are'} already used by another agent`, fields);
}

/** The addresses of `wanted` that an agent other than `agentId` holds, and their fields. */
function taken(holders: Map<string, EmailHolder>, wanted: WantedAddresses, ownIds: ReadonlySet<number>) {
  const fields: FieldErrors = {};
  const addresses: string[] = [];
  const check = (address: string, field: string) => {
    const holder = holders.get(address.toLowerCase());
    if (!holder || ownIds.has(holder.agentId)) return;
    fields[field] = EMAIL_TAKEN;
    addresses.push(address.toLowerCase());
  };
  if (wanted.email) check(wanted.email, 'input.email');
  // By item, like the other extra-address errors: a form shows it by the address it names.
  (wanted.extraEmails ?? []).forEach((e, i) => check(e, `input.extraEmails.${i}`));
  return { fields, addresses };
}

/** Fails with one CONFLICT naming every wanted address that another agent (not `agentId`) holds. */
export async function assertEmailsFree(em: EntityManager, wanted: WantedAddresses, agentId?: number): Promise<void> {
  const all = [...(wanted.email ? [wanted.email] : []), ...(wanted.extraEmails ?? [])];
  if (!all.length) return;
  const { fields, addresses } = taken(await emailHolders(em, all), wanted, new Set(agentId === undefined ? [] : [agentId]));
  if (addresses.length) throw emailsTaken(fields, addresses);
}

/**
 * Stores the addresses of these agents (replacing what they held), in the caller's transaction.
 * `fresh`: the agents were just inserted and hold nothing yet. An address another agent holds
 * (also one a concurrent transaction claimed and committed meanwhile: the unique key waits for
 * it) is the CONFLICT of assertEmailsFree, not an internal error.
 */
export async function claimAgentEmails(
  em: EntityManager,
  agents: readonly AgentAddresses[],
  opts: { fresh?: boolean } = {},
): Promise<void> {
  if (!agents.length) return;
  const ids = agents.map((a) => a.id);
  try {
    // In address order: two requests claiming the same addresses lock them in the same order.
    const rows = agents.flatMap(rowsOf).sort((a, b) => (a.address < b.address ? -1 : a.address > b.address ? 1 : 0));
    await replaceLinksMany(em, AgentEmail, 'agentId', opts.fresh ? [] : ids, rows);
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw (await explainTaken(em, agents)) ?? e;
  }
}

/** After a unique-key violation: which of the agents' addresses another agent holds (read after that agent committed). */
async function explainTaken(em: EntityManager, agents: readonly AgentAddresses[]): Promise<DomainError | null> {
  const holders = await emailHolders(
    em,
    agents.flatMap((a) => rowsOf(a).map((r) => r.address)),
  );
  const own = new Set(agents.map((a) => a.id));
  const fields: FieldErrors = {};
  const addresses: string[] = [];
  for (const a of agents) {
    const found = taken(holders, a, own);
    Object.assign(fields, found.fields);
    addresses.push(...found.addresses);
  }
  return addresses.length ? emailsTaken(fields, addresses) : null;
}
