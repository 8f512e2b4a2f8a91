import type { Context } from '../../common/request';
import { agentTarget, stepFailed } from '../audit';
import { oneAttemptPerOperation, SIGN_IN, type SignInResult, startSessionFor } from './auth.flows';
import { checkPasskeySignIn, startPasskeySignIn as startRequest } from './passkey.service';
import { attemptKey, forgiveAttempt, takeAttempt } from './rate-limit';
import { assertNonSsoSignInAllowed } from '../sso/sso.settings';

// Password-less sign-in with a passkey (possession and user verification: both factors at once,
// no second step). Starts are counted per IP (each leaves a challenge row); a failed finish counts
// under the IP's sign-in budget, shared with passwords, and is recorded like a failed sign-in.

export async function startPasskeySignIn(ctx: Context): Promise<{ requestId: string; options: string }> {
  return ctx.read(async (sc) => {
    await takeAttempt(sc, [{ key: attemptKey('passkey-start-ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }], 'passkey sign-in');
    return startRequest(sc);
  }, SIGN_IN);
}

export async function finishPasskeySignIn(ctx: Context, requestId: string, response: string): Promise<SignInResult> {
  oneAttemptPerOperation(ctx);
  const found: { agentId?: number } = {};
  const agent = await ctx
    .read(async (sc) => {
      const attempt = await takeAttempt(sc, [{ key: attemptKey('ip', ctx.ip), max: sc.config.loginMaxAttemptsPerIp }], 'sign-in');
      const signedIn = await checkPasskeySignIn(sc, { requestId, response }, found);
      // SSO required: only the provider signs in (break-glass administrators excepted).
      await assertNonSsoSignInAllowed(sc.em, signedIn.id);
      await forgiveAttempt(sc, attempt);
      return signedIn;
    }, SIGN_IN)
    .catch((error: unknown) =>
      stepFailed(ctx, {
        action: 'auth.sign_in',
        target: found.agentId ? agentTarget({ id: found.agentId }) : null,
        details: { method: 'PASSKEY' },
      })(error),
    );
  // A passkey is a second factor itself: whatever two-step sign-in requires is met.
  const token = await startSessionFor(ctx, agent, null, 'PASSKEY');
  return { token, agent, secondFactorRequired: false, secondFactorMethods: [], enrolmentRequired: false };
}
