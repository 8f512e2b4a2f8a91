import { systemActor, withOrigin } from '../../common/actor';
import type { Context } from '../../common/request';
import { agentTarget, recordAtEdge } from '../audit';
import type { Agent } from '../agent/agent.entity';
import { type SignInResult, startSessionFor } from '../auth/auth.flows';
import { signInStage } from '../auth/second-factor.service';
import { SsoProvider, TrustProviderMfa } from './sso-provider.entity';
import { ssoAgentFor } from './sso.agents';
import { SsoError, type SsoFailureReason, type SsoIdentity, type SsoProtocol } from './sso.identity';

// The protocol-free end of every SSO sign-in (OIDC callback, SAML assertion consumer): the agent
// matched or created in one transaction with its change-log entries, then a session as after a
// password, with Roster's second step skipped when the provider's MFA is trusted. Every success
// and failure is in the audit log with its reason.

export const SSO_SIGN_IN = systemActor('Single sign-on');

/** Refusals by Roster's rules (the provider's answer was fine); the rest are failures. */
const REFUSALS: ReadonlySet<SsoFailureReason> = new Set([
  'NO_SEAT',
  'AGENT_DISABLED',
  'ACCOUNT_CONFLICT',
  'EMAIL_NOT_VERIFIED',
  'NO_EMAIL',
]);

export interface SsoAttempt {
  providerId: number;
  protocol: SsoProtocol;
}

/** The reason an error stands for: an SsoError's own, else PROVIDER_ERROR (logged: it may be a bug). */
export function ssoReason(error: unknown): SsoFailureReason {
  if (error instanceof SsoError) return error.reason;
  console.error('sso: sign-in failed', error);
  return 'PROVIDER_ERROR';
}

/**
 * Records a failed SSO sign-in (`auth.sign_in`, FAILURE or REFUSED, `{method: "SSO", protocol,
 * provider, reason}`) and returns its reason, for the sign-in page. Protocol routes call it for
 * failures before completeSsoSignIn (bad signature, state, ...); completeSsoSignIn calls it for its own.
 */
export async function recordSsoFailure(
  ctx: Context,
  attempt: SsoAttempt,
  error: unknown,
  agentId?: number,
  email?: string | null,
): Promise<SsoFailureReason> {
  const reason = ssoReason(error);
  await recordAtEdge(ctx, {
    action: 'auth.sign_in',
    outcome: REFUSALS.has(reason) ? 'REFUSED' : 'FAILURE',
    target: agentId ? agentTarget({ id: agentId, ...(email ? { email } : {}) }) : null,
    details: {
      method: 'SSO',
      protocol: attempt.protocol,
      provider: attempt.providerId,
      reason,
      ...(email ? { email } : {}),
      ...(error instanceof Error ? { message: error.message.slice(0, 200) } : {}),
    },
  });
  return reason;
}

export interface SsoSignInResult extends SignInResult {
  /** Where the browser goes next in the SPA ("/": the SPA takes a pending second step or enrolment from there). */
  redirectTo: string;
}

/**
 * Signs in the person a protocol verified: finds the agent by the provider's subject, else once
 * by a verified email (and keeps the link), else creates one (seat rules, default groups and
 * teams, groups mapped to teams); disabled agents are refused. Then a session (the cookie is
 * set on ctx.res). Throws SsoError (already recorded in the audit log) when refused.
 */
export async function completeSsoSignIn(ctx: Context, providerId: number, identity: SsoIdentity): Promise<SsoSignInResult> {
  const attempt: SsoAttempt = { providerId, protocol: identity.protocol };
  const found: { agentId?: number } = {};
  let signedIn: { agent: Agent; stage: Awaited<ReturnType<typeof signInStage>>['stage']; provider: SsoProvider };
  try {
    signedIn = await ctx.tx(
      async (sc) => {
        const provider = await sc.em.findOneBy(SsoProvider, { id: providerId, enabled: true });
        if (!provider || provider.protocol !== identity.protocol)
          throw new SsoError('NOT_CONFIGURED', 'This single sign-on provider is not enabled');
        const agent = await ssoAgentFor(sc, provider, identity, found);
        const trusted =
          provider.trustProviderMfa === TrustProviderMfa.ALWAYS ||
          (provider.trustProviderMfa === TrustProviderMfa.WHEN_PROVIDER_DID_MFA && identity.mfa);
        const stage = trusted ? null : (await signInStage(sc.em, agent)).stage;
        return { agent, stage, provider };
      },
      withOrigin(SSO_SIGN_IN, ctx),
    );
  } catch (error) {
    await recordSsoFailure(ctx, attempt, error, found.agentId, identity.email);
    throw error instanceof SsoError ? error : new SsoError('PROVIDER_ERROR', 'Single sign-on failed');
  }
  const { agent, stage, provider } = signedIn;
  const details = { protocol: identity.protocol, provider: provider.id, providerName: provider.displayName, providerMfa: identity.mfa };
  const token = await startSessionFor(ctx, agent, stage, 'SSO', details);
  return {
    token,
    agent,
    secondFactorRequired: stage === 'SECOND_FACTOR',
    secondFactorMethods: [],
    enrolmentRequired: stage === 'ENROLMENT',
    redirectTo: '/',
  };
}
