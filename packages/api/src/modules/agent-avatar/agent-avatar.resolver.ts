import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ChangeLogEntry } from '../../common/change-log';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { loadOnAgentPages, preloadedField } from '../agent';
import { avatarHashes } from './agent-avatar.loaders';
import { avatarUrl, deleteAgentAvatar } from './agent-avatar.service';

const urlOf = (ctx: Context, agentId: number): Promise<string | null> =>
  ctx.loaders.avatarHashOfAgent.load(agentId).then((hash) => (hash ? avatarUrl(agentId, hash) : null));

// The agents list loads a page's URLs at once (agent.preload.ts).
loadOnAgentPages({
  field: 'avatarUrl',
  load: async (ds, ids) => (await avatarHashes(ds, ids)).map((hash, i) => (hash ? avatarUrl(ids[i], hash) : null)),
});

// Upload and download are HTTP endpoints (src/http/agent-avatars.ts); the URL and delete are here.
// Any signed-in agent may see any agent's image, so the fields have no check of their own.
@Resolver(() => Agent)
export class AgentAvatarResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The profile image, a 256x256 WebP (GET, relative to the API origin; the URL changes with the image). null: none, show initials. Upload: POST /agent-avatars/<id>.',
  })
  avatarUrl(@Root() agent: Agent, @Ctx() ctx: Context): string | null | Promise<string | null> {
    const url = preloadedField(agent, 'avatarUrl') as string | null | undefined;
    return url !== undefined ? url : urlOf(ctx, agent.id);
  }

  @Authorized('agents:write')
  @Mutation(() => Agent, { description: 'Removes the profile image. Admins for anyone; an agent for themselves (profile.edit_own).' })
  deleteAgentAvatar(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string): Promise<Agent> {
    return ctx.tx((sc) => deleteAgentAvatar(sc, { agentId }));
  }
}

/** Reached only through a change log the actor may read, so no check of its own. */
@Resolver(() => ChangeLogEntry)
export class ChangeLogActorAvatarResolver {
  @FieldResolver(() => String, { nullable: true, description: "The acting agent's profile image (null: none, or not an agent)." })
  actorAvatarUrl(@Root() entry: ChangeLogEntry, @Ctx() ctx: Context): Promise<string | null> | null {
    return entry.actorKind === 'AGENT' && entry.actorId ? urlOf(ctx, Number(entry.actorId)) : null;
  }
}
