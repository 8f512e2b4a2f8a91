import { Arg, Authorized, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { requireActor, SESSION } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { changePassword, login, logout } from './auth.flows';
import { SecondFactorMethod } from './second-factor.service';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Session token: also set as an httpOnly cookie; usable as a Bearer token.' }) token: string;
  @Field(() => Agent) agent: Agent;
  @Field({
    description:
      'True: the password was right and the agent has two-step sign-in; this session can only call verifySecondFactor (or logout) until a code completes it.',
  })
  secondFactorRequired: boolean;
  @Field(() => [SecondFactorMethod], { description: 'How the second step can be completed (empty when none is pending).' })
  secondFactorMethods: SecondFactorMethod[];
  @Field({
    description:
      'True: two-step sign-in is required for this agent, who has none yet; this session can only enrol (startTotpEnrolment, confirmTotpEnrolment), read viewer and log out.',
  })
  enrolmentRequired: boolean;
}

@Resolver()
export class AuthResolver {
  @Mutation(() => AuthPayload)
  login(@Ctx() ctx: Context, @Arg('email') email: string, @Arg('password') password: string): Promise<AuthPayload> {
    return login(ctx, email, password);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session; false when there was none.' })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return logout(ctx);
  }

  @Authorized(SESSION)
  @Mutation(() => Agent, { description: 'Ends every other session of the agent.' })
  async changePassword(
    @Ctx() ctx: Context,
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
  ): Promise<Agent> {
    // The actor carries only some columns of the agent (resolve-actor.ts): the password hash is read here.
    const agent = await ctx.read((sc) => sc.em.findOneByOrFail(Agent, { id: requireActor(ctx).agent!.id }));
    return changePassword(ctx, agent, currentPassword, newPassword);
  }
}
