import type { EntityManager } from 'typeorm';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ErrorCode, normalizeEmail } from '@roster/shared';
import { appError, badInput, FieldCheck } from '../../common/errors';
import { parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { Agent, AgentStatus } from '../agent/agent.entity';
import { readSetting, settingMeta, writeSetting } from '../setting/setting.store';
import { Session } from '../auth/auth.entity';
import { SsoProvider } from './sso-provider.entity';
import { inList } from '../../common/relations';

export const SSO_REQUIRED = 'sso.required';
export const SSO_BREAK_GLASS = 'sso.breakGlassAdminIds';
/** Break-glass administrators are a handful of named accounts, not a role. */
export const MAX_BREAK_GLASS = 10;

@ObjectType({ description: 'Single sign-on enforcement (administrators change it with updateSsoSettings).' })
export class SsoSettings {
  @Field({ description: 'On: password sign-in and password resets are refused (SSO_REQUIRED) except for the break-glass administrators.' })
  ssoRequired: boolean;
  @Field(() => [Agent], { description: 'Administrators who may still sign in with a password while SSO is required.' })
  breakGlassAdmins: Agent[];
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  @Field(() => String, { nullable: true }) updatedByName: string | null;
}

@InputType()
export class SsoSettingsInput {
  @Field(() => Boolean, { nullable: true, description: 'Omitted: unchanged. Turning it on needs an enabled provider.' })
  ssoRequired?: boolean | null;
  @Field(() => [ID], { nullable: true, description: `Omitted: unchanged. At most ${MAX_BREAK_GLASS} administrators.` })
  breakGlassAdminIds?: string[] | null;
}

const ssoRequired = (em: EntityManager) => readSetting(em, SSO_REQUIRED, false);
/** Whether "SSO required" is on (then only break-glass administrators have password doors). */
export const isSsoRequired = ssoRequired;
const breakGlassIds = (em: EntityManager) => readSetting<number[]>(em, SSO_BREAK_GLASS, []);

export async function ssoSettings(sc: ServiceContext): Promise<SsoSettings> {
  const ids = await breakGlassIds(sc.em);
  const breakGlassAdmins = ids.length ? await sc.em.find(Agent, { where: { id: inList(ids) }, order: { id: 'ASC' } }) : [];
  const metas = await Promise.all([settingMeta(sc.em, SSO_REQUIRED), settingMeta(sc.em, SSO_BREAK_GLASS)]);
  const latest = metas.filter((m) => m.updatedAt).sort((a, b) => b.updatedAt!.getTime() - a.updatedAt!.getTime())[0];
  return {
    ssoRequired: await ssoRequired(sc.em),
    breakGlassAdmins,
    updatedAt: latest?.updatedAt ?? null,
    updatedByName: latest?.updatedByName ?? null,
  };
}

export async function updateSsoSettings(sc: ServiceContext, input: SsoSettingsInput): Promise<SsoSettings> {
  const fc = new FieldCheck('input');
  fc.check(input.ssoRequired !== null, 'ssoRequired', 'must be true or false');
  fc.check(input.breakGlassAdminIds !== null, 'breakGlassAdminIds', 'must be a list (empty for none)');
  const ids = [...new Set((input.breakGlassAdminIds ?? []).map((id) => parseId(id, 'input.breakGlassAdminIds')))];
  fc.check(ids.length <= MAX_BREAK_GLASS, 'breakGlassAdminIds', `must name at most ${MAX_BREAK_GLASS} administrators`);
  fc.throwIfAny();
  if (input.breakGlassAdminIds) {
    const admins = ids.length ? await sc.em.findBy(Agent, { id: inList(ids), isAdmin: true }) : [];
    if (admins.length !== ids.length) throw badInput({ 'input.breakGlassAdminIds': 'must name existing administrators' });
    await writeSetting(
      sc,
      SSO_BREAK_GLASS,
      ids.sort((a, b) => a - b),
      [],
    );
  }
  if (input.ssoRequired === true && !(await sc.em.countBy(SsoProvider, { enabled: true })))
    throw badInput({ 'input.ssoRequired': 'needs an enabled single sign-on provider first' });
  if (input.ssoRequired !== undefined && input.ssoRequired !== null) await writeSetting(sc, SSO_REQUIRED, input.ssoRequired, false);
  if (await ssoRequired(sc.em)) await endSessionsWithoutSso(sc);
  return ssoSettings(sc);
}

/**
 * With SSO required, a session that did not sign in through single sign-on (a password, a
 * passkey, one from before sessions recorded it) ends at once, unless it is a break-glass
 * administrator's: passwords being off must not wait for old sessions to expire. The acting
 * administrator's own session stays, so that whoever turned it on can still turn it off.
 */
async function endSessionsWithoutSso(sc: ServiceContext): Promise<void> {
  const keep = await breakGlassIds(sc.em);
  let where = '(sign_in_method IS NULL OR sign_in_method <> :sso)';
  if (keep.length) where += ' AND agent_id NOT IN (:...keep)';
  if (sc.actor.sessionId) where += ' AND id <> :own';
  await sc.em.createQueryBuilder().delete().from(Session).where(where, { sso: 'SSO', keep, own: sc.actor.sessionId }).execute();
}

/** Whether SSO is required and `agent` is not one of the break-glass administrators (enabled, still an admin). */
export async function passwordSignInRefused(em: EntityManager, agent: Pick<Agent, 'id' | 'isAdmin' | 'status'> | null): Promise<boolean> {
  if (!(await ssoRequired(em))) return false;
  if (!agent || !agent.isAdmin || agent.status !== AgentStatus.ACTIVE) return true;
  return !(await breakGlassIds(em)).includes(agent.id);
}

/**
 * Throws SSO_REQUIRED when SSO is required and the address is not a break-glass administrator's
 * login. Checked before the password, so that a refused account is no password oracle.
 */
export async function assertPasswordSignInAllowed(em: EntityManager, email: string): Promise<void> {
  if (!(await ssoRequired(em))) return;
  const normalized = normalizeEmail(email);
  const agent = normalized ? await em.findOneBy(Agent, { email: normalized }) : null;
  if (await passwordSignInRefused(em, agent)) throw ssoRequiredError();
}

/** A password link (reset, set-password) or a password-less passkey sign-in of `agentId`: refused like a password sign-in. */
export async function assertNonSsoSignInAllowed(em: EntityManager, agentId: number): Promise<void> {
  if (!(await ssoRequired(em))) return;
  if (await passwordSignInRefused(em, await em.findOneBy(Agent, { id: agentId }))) throw ssoRequiredError();
}

const ssoRequiredError = () =>
  appError(ErrorCode.SSO_REQUIRED, 'Single sign-on is required: use "Sign in with ..." on the sign-in page (passwords are off)');
