import { ChangeLogEntityType, diffFields, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import { lockAgent } from '../agent/agent.lock';
import { requirePermission } from '../permission/permission.check';
import { PEOPLE } from '../user/user.permissions';
import { checkContact, USER_LIMITS } from '../user/user.validation';
import { AGENT_CONTACT_FIELDS, AgentCrmNote, AgentCrmProfile } from './agent-crm.entity';
import { inList } from '../../common/relations';

// Agents' CRM records follow the user record's rules and permissions (the CRM pane is one place):
// people.view reads them, people.edit changes the summary and contact information,
// people.add_notes adds notes; tokens need users:read / users:write (the resolver). The
// Preferences fields of the agent row (its phone is the SMS one) are never touched here.

/** Plain shape of the input (the GraphQL input class implements it); null clears a field. */
export type AgentCrmProfileFields = Partial<Record<'summary' | (typeof AGENT_CONTACT_FIELDS)[number], string | null>>;

type ProfileValues = Omit<AgentCrmProfile, 'agentId' | 'updatedAt'>;
const PROFILE_FIELDS = ['summary', ...AGENT_CONTACT_FIELDS] as const;

/** Change-log field names of the CRM record: `crm.` keeps them apart from the agent's own fields. */
export const CRM_LOG_FIELDS = [...PROFILE_FIELDS.map((f) => `crm.${f}`), 'crm.note'];

const EMPTY: ProfileValues = Object.fromEntries(PROFILE_FIELDS.map((f) => [f, null])) as ProfileValues;

export const requireCrmView = (sc: ServiceContext) => requirePermission(sc, PEOPLE.view, "viewing agents' CRM records");

/** The stored profiles of some agents (agents without one are absent). */
export const crmProfiles = (sc: ServiceContext, agentIds: readonly number[]) =>
  sc.em.findBy(AgentCrmProfile, { agentId: inList([...agentIds]) });

/** Validated values (every bad field at once, paths under `input`), only for the given fields. */
function checkProfile(input: AgentCrmProfileFields): Partial<ProfileValues> {
  const fc = new FieldCheck('input');
  const given: AgentCrmProfileFields = {};
  for (const f of PROFILE_FIELDS) if (input[f] !== undefined) given[f] = input[f];
  // The user record's contact rules (phone, URLs on the right hosts, Twitter handle, sizes).
  const patch = checkContact(fc, given) as Partial<ProfileValues>;
  fc.throwIfAny();
  return patch;
}

export async function updateAgentCrmProfile(sc: ServiceContext, args: { agentId: string; input: AgentCrmProfileFields }) {
  await requirePermission(sc, PEOPLE.edit, "editing agents' CRM records");
  const patch = checkProfile(args.input ?? {});
  // The agent row is locked first: concurrent saves (the first one inserts the profile) apply one after another.
  const agent = await lockAgent(sc.em, args.agentId, 'agentId');
  const current = await sc.em.findOneBy(AgentCrmProfile, { agentId: agent.id });
  const changes = diffFields<ProfileValues>(current ?? EMPTY, patch, PROFILE_FIELDS as unknown as (keyof ProfileValues)[]);
  if (!changes.length) return agent;
  const updatedAt = sc.clock();
  if (current) await sc.em.update(AgentCrmProfile, { agentId: agent.id }, { ...patch, updatedAt });
  else await sc.em.insert(AgentCrmProfile, { ...EMPTY, ...patch, agentId: agent.id, updatedAt });
  await recordChanges(
    sc.em,
    sc.actor,
    ChangeLogEntityType.AGENT,
    agent.id,
    changes.map((c) => ({ ...c, field: `crm.${c.field}` })),
  );
  return agent;
}

export async function addAgentNote(sc: ServiceContext, args: { agentId: string; text: string }) {
  await requirePermission(sc, PEOPLE.addNotes, 'adding notes');
  const text = (args.text ?? '').trim();
  if (!text) throw badInput({ text: 'must not be empty' });
  if (text.length > USER_LIMITS.note) throw badInput({ text: `must be at most ${USER_LIMITS.note} characters` });
  const agent = await lockAgent(sc.em, args.agentId, 'agentId');
  const { actor } = sc;
  await sc.em.insert(AgentCrmNote, {
    agentId: agent.id,
    text,
    authorKind: actor.kind,
    authorId: actor.kind === 'API_TOKEN' ? (actor.tokenId ?? null) : (actor.agent?.id ?? null),
    authorName: actor.name,
    createdAt: sc.clock(),
  });
  await recordChanges(sc.em, actor, ChangeLogEntityType.AGENT, agent.id, [
    { field: 'crm.note', oldValue: null, newValue: text.slice(0, 200) },
  ]);
  return agent;
}
