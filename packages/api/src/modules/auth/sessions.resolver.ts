import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ADMIN, requireActor, SESSION } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import type { Session } from './auth.entity';
import { listOwnSessions, revokeOtherSessions, revokeOwnSession, signOutEverywhere } from './sessions';
import { describeUserAgent } from './user-agent';

@ObjectType({ description: 'One place the signed-in agent is signed in (My sessions).' })
export class AgentSession {
  @Field(() => ID) id: string;
  @Field({ description: 'The session of this request.' }) current: boolean;
  @Field({ description: 'Browser and system, e.g. "Chrome 156 on Linux".' }) browser: string;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field({ description: 'When it signed in.' }) createdAt: Date;
  @Field() lastSeenAt: Date;
  @Field() expiresAt: Date;
}

const toAgentSession = (s: Session, currentId: number | undefined): AgentSession => ({
  id: String(s.id),
  current: s.id === currentId,
  browser: describeUserAgent(s.userAgent),
  ip: s.ip,
  createdAt: s.createdAt,
  lastSeenAt: s.lastSeenAt,
  expiresAt: s.expiresAt,
});

// Sessions are the signed-in agent's own business: never through API tokens (SESSION).
@Resolver(() => Agent)
export class SessionsResolver {
  @Authorized(SESSION)
  @Query(() => [AgentSession], { description: "The signed-in agent's sessions, most recently used first (at most 30)." })
  async mySessions(@Ctx() ctx: Context): Promise<AgentSession[]> {
    const sessions = await ctx.read((sc) => listOwnSessions(sc));
    return sessions.map((s) => toAgentSession(s, requireActor(ctx).sessionId));
  }

  @Authorized(SESSION)
  @Mutation(() => Boolean, { description: 'Ends one of your sessions (the current one too: that signs you out).' })
  revokeSession(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => revokeOwnSession(sc, { id }));
  }

  @Authorized(SESSION)
  @Mutation(() => Int, { description: 'Ends every session of yours but this one; how many ended.' })
  revokeOtherSessions(@Ctx() ctx: Context): Promise<number> {
    return ctx.tx((sc) => revokeOtherSessions(sc, { keepToken: ctx.sessionToken }));
  }

  @Authorized(ADMIN)
  @Mutation(() => Agent, { description: 'Signs another agent out of every session (administrators). Their API tokens keep working.' })
  signOutAgentEverywhere(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string): Promise<Agent> {
    return ctx.tx((sc) => signOutEverywhere(sc, { agentId }));
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: 'When the agent last signed in: administrators and the agent see it, others get null.',
  })
  lastSignInAt(@Root() agent: Agent, @Ctx() ctx: Context): Date | null {
    const viewer = ctx.actor?.agent;
    return viewer && (viewer.isAdmin || viewer.id === agent.id) ? (agent.lastSignInAt ?? null) : null;
  }
}
