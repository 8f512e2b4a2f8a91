import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { requestPasswordResetFlow, setTemporaryPasswordFlow } from './password.flows';
import { sendPasswordReset } from './password-reset';

@ObjectType({ description: 'A temporary password, shown once: it is stored only as a hash.' })
export class TemporaryPasswordPayload {
  @Field(() => Agent) agent: Agent;
  @Field() temporaryPassword: string;
  @Field({ description: 'The password stops working then; the agent must choose a new one at sign-in before.' }) expiresAt: Date;
}

@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      "Forgot password: emails a single-use reset link when the address is an active agent's login. Always true (it never tells whether the address exists); rate-limited per address and per IP.",
  })
  requestPasswordReset(@Ctx() ctx: Context, @Arg('email') email: string): Promise<boolean> {
    return requestPasswordResetFlow(ctx, email);
  }

  // ADMIN alone: signed-in administrators only, never API tokens (credentials are not an integration's business).
  @Authorized(ADMIN)
  @Mutation(() => Agent, { description: 'Emails the agent a single-use link to choose a new password (another, enabled agent).' })
  sendPasswordReset(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string): Promise<Agent> {
    return ctx.tx((sc) => sendPasswordReset(sc, { agentId }));
  }

  @Authorized(ADMIN)
  @Mutation(() => TemporaryPasswordPayload, {
    description:
      "Replaces the agent's password with a generated temporary one (shown once), ends their sessions; they must change it at sign-in.",
  })
  setTemporaryPassword(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string): Promise<TemporaryPasswordPayload> {
    return setTemporaryPasswordFlow(ctx, agentId);
  }
}
