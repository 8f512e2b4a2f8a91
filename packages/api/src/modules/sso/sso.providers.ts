import { ALL_PERMISSIONS_GROUP_ID } from '@roster/shared';
import { ChangeLogEntityType, type FieldChange, recordChanges } from '../../common/change-log';
import { badInput, FieldCheck, notFound } from '../../common/errors';
import { parseId } from '../../common/ids';
import { lockRow } from '../../common/lock-row';
import type { ServiceContext } from '../../common/service';
import { AgentType } from '../agent/agent.entity';
import { PermissionGroup } from '../permission/permission-group.entity';
import { Team } from '../team/team.entity';
import { readSetting } from '../setting/setting.store';
import { SsoProvider } from './sso-provider.entity';
import type { SsoProviderInput } from './sso.inputs';
import { SSO_PROTOCOLS } from './sso.protocols';
import { SSO_REQUIRED } from './sso.settings';
import { inList } from '../../common/relations';

export const MAX_SSO_PROVIDERS = 20;
export const MAX_GROUP_MAPPINGS = 100;
export const MAX_DEFAULTS = 50;
const CLAIM = /^[A-Za-z0-9_:./#-]{1,100}$/;

export const listSsoProviders = (sc: ServiceContext) => sc.em.find(SsoProvider, { order: { id: 'ASC' } });

/** The enabled providers, for the sign-in page (the resolver answers only id and name). */
export const enabledSsoProviders = (sc: ServiceContext) =>
  sc.em.find(SsoProvider, { select: { id: true, displayName: true }, where: { enabled: true }, order: { displayName: 'ASC', id: 'ASC' } });

type CommonFields = Omit<SsoProvider, 'id' | 'protocol' | 'config' | 'createdAt' | 'updatedAt'>;

/** The protocol-free fields, checked (every bad field reported at once on `fc`). */
async function commonFields(sc: ServiceContext, input: SsoProviderInput, fc: FieldCheck): Promise<CommonFields> {
  const displayName = input.displayName.trim();
  fc.check(displayName.length >= 1 && displayName.length <= 100, 'displayName', 'must be 1 to 100 characters');
  for (const f of ['emailClaim', 'nameClaim'] as const)
    fc.check(CLAIM.test(input[f]), f, 'must be a claim name of 1 to 100 letters, digits or _ : . / # -');
  fc.check(
    input.groupsClaim == null || CLAIM.test(input.groupsClaim),
    'groupsClaim',
    'must be a claim name of 1 to 100 letters, digits or _ : . / # -',
  );
  const mappings = input.groupTeamMappings ?? [];
  fc.check(mappings.length <= MAX_GROUP_MAPPINGS, 'groupTeamMappings', `must be at most ${MAX_GROUP_MAPPINGS}`);
  fc.check(
    mappings.every((m) => m.group.trim().length >= 1 && m.group.length <= 200),
    'groupTeamMappings',
    'each group must be 1 to 200 characters',
  );
  const ids = (list: string[] | null | undefined, field: string) => (list ?? []).map((id) => parseId(id, `input.${field}`));
  const light = input.defaultAgentType === AgentType.LIGHT;
  const groupIds =
    input.defaultPermissionGroupIds == null
      ? light
        ? []
        : [ALL_PERMISSIONS_GROUP_ID]
      : [...new Set(ids(input.defaultPermissionGroupIds, 'defaultPermissionGroupIds'))];
  // Light agents hold the light permissions only (agent.type-rules.ts): no group to give them.
  fc.check(!light || !groupIds.length, 'defaultPermissionGroupIds', 'must be empty when new agents are light agents');
  const teamIds = [...new Set(ids(input.defaultTeamIds, 'defaultTeamIds'))];
  const mapped = mappings.map((m) => ({ group: m.group.trim(), teamId: parseId(m.teamId, 'input.groupTeamMappings') }));
  fc.check(teamIds.length <= MAX_DEFAULTS, 'defaultTeamIds', `must be at most ${MAX_DEFAULTS}`);
  fc.check(groupIds.length <= MAX_DEFAULTS, 'defaultPermissionGroupIds', `must be at most ${MAX_DEFAULTS}`);
  const allTeams = [...new Set([...teamIds, ...mapped.map((m) => m.teamId)])];
  const [teams, groups] = await Promise.all([
    allTeams.length ? sc.em.countBy(Team, { id: inList(allTeams) }) : 0,
    groupIds.length ? sc.em.countBy(PermissionGroup, { id: inList(groupIds) }) : 0,
  ]);
  fc.check(
    teams === allTeams.length,
    mapped.some((m) => !teamIds.includes(m.teamId)) ? 'groupTeamMappings' : 'defaultTeamIds',
    'names a team that does not exist',
  );
  fc.check(groups === groupIds.length, 'defaultPermissionGroupIds', 'names a permission group that does not exist');
  return {
    displayName,
    enabled: input.enabled,
    emailClaim: input.emailClaim,
    nameClaim: input.nameClaim,
    groupsClaim: input.groupsClaim ?? null,
    groupTeamMappings: mapped,
    defaultPermissionGroupIds: groupIds,
    defaultTeamIds: teamIds,
    defaultAgentType: input.defaultAgentType,
    trustProviderMfa: input.trustProviderMfa,
  };
}

function protocolOf(input: SsoProviderInput) {
  const protocol = SSO_PROTOCOLS[input.protocol];
  if (!protocol) throw badInput({ 'input.protocol': `${input.protocol} providers are not available yet` });
  return protocol;
}

/** The change-log values of a provider (the protocol's config without secrets). */
function logged(p: SsoProvider): Record<string, unknown> {
  const { config, id: _id, createdAt: _c, updatedAt: _u, ...rest } = p;
  return {
    ...rest,
    groupTeamMappings: p.groupTeamMappings.map((m) => `${m.group}=${m.teamId}`).join(', '),
    defaultPermissionGroupIds: p.defaultPermissionGroupIds.join(', '),
    defaultTeamIds: p.defaultTeamIds.join(', '),
    ...SSO_PROTOCOLS[p.protocol]?.loggedValues(config),
  };
}

function diff(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  return Object.keys(after)
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k]))
    .map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] }));
}

export async function createSsoProvider(sc: ServiceContext, { input }: { input: SsoProviderInput }): Promise<SsoProvider> {
  const protocol = protocolOf(input);
  const fc = new FieldCheck('input');
  const fields = await commonFields(sc, input, fc);
  // Checked now for the field errors (all at once); sealed below, bound to the new row's id.
  protocol.configFromInput(sc, input, { providerId: 0, previous: null, fc });
  fc.throwIfAny();
  if ((await sc.em.count(SsoProvider)) >= MAX_SSO_PROVIDERS) throw badInput({ input: `at most ${MAX_SSO_PROVIDERS} providers` });
  const now = sc.clock();
  const { identifiers } = await sc.em.insert(SsoProvider, {
    ...fields,
    protocol: input.protocol,
    config: '{}',
    createdAt: now,
    updatedAt: now,
  });
  const id = identifiers[0].id as number;
  // The secret is sealed bound to the row's id, known only now.
  const config = protocol.configFromInput(sc, input, { providerId: id, previous: null, fc });
  await sc.em.update(SsoProvider, id, { config });
  const created = await sc.em.findOneByOrFail(SsoProvider, { id });
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.SSO_PROVIDER, id, diff({}, logged(created)), 'sso_provider.created');
  return created;
}

async function lockProvider(sc: ServiceContext, idArg: string): Promise<SsoProvider> {
  const id = parseId(idArg);
  await lockRow(sc.em, SsoProvider, id);
  const provider = await sc.em.findOneBy(SsoProvider, { id });
  if (!provider) throw notFound('Single sign-on provider');
  return provider;
}

/** SSO required with no enabled provider would leave only the break-glass administrators. */
async function assertAnotherEnabled(sc: ServiceContext, provider: SsoProvider, field: string): Promise<void> {
  if (!(await readSetting(sc.em, SSO_REQUIRED, false))) return;
  const enabled = await sc.em.find(SsoProvider, { select: { id: true }, where: { enabled: true } });
  if (!enabled.some((p) => p.id !== provider.id))
    throw badInput({ [field]: 'is the last enabled provider while single sign-on is required: turn "SSO required" off first' });
}

export async function updateSsoProvider(sc: ServiceContext, { id, input }: { id: string; input: SsoProviderInput }): Promise<SsoProvider> {
  const before = await lockProvider(sc, id);
  if (input.protocol !== before.protocol) throw badInput({ 'input.protocol': 'cannot change: create a new provider instead' });
  const protocol = protocolOf(input);
  const fc = new FieldCheck('input');
  const fields = await commonFields(sc, input, fc);
  const config = protocol.configFromInput(sc, input, { providerId: before.id, previous: before.config, fc });
  fc.throwIfAny();
  if (before.enabled && !fields.enabled) await assertAnotherEnabled(sc, before, 'input.enabled');
  await sc.em.update(SsoProvider, before.id, { ...fields, config, updatedAt: sc.clock() });
  const after = await sc.em.findOneByOrFail(SsoProvider, { id: before.id });
  await recordChanges(
    sc.em,
    sc.actor,
    ChangeLogEntityType.SSO_PROVIDER,
    before.id,
    diff(logged(before), logged(after)),
    'sso_provider.updated',
  );
  return after;
}

/** Deletes the provider and its agents' links (they keep their accounts). */
export async function deleteSsoProvider(sc: ServiceContext, { id }: { id: string }): Promise<boolean> {
  const provider = await lockProvider(sc, id);
  if (provider.enabled) await assertAnotherEnabled(sc, provider, 'id');
  await sc.em.delete(SsoProvider, provider.id);
  await recordChanges(
    sc.em,
    sc.actor,
    ChangeLogEntityType.SSO_PROVIDER,
    provider.id,
    [{ field: 'deleted', oldValue: provider.displayName, newValue: null }],
    'sso_provider.deleted',
  );
  return true;
}
