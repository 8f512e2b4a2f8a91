import DataLoader from 'dataloader';
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { authorizeField } from '../../common/auth';
import { childPage, newestChildrenLoaders } from '../../common/child-pages';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import { selects } from '../../common/selection';
import { DEFAULT_NOTES, NoteConnection } from '../user/note-pages';
import { ChangeLogEntityType } from '../../common/change-log';
import { parseId } from '../../common/ids';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { ChangeLogConnection, changeLogPage } from '../change-log';
import { Note } from '../user/user.entity';
import { AGENT_CONTACT_FIELDS, AgentCrmContact, AgentCrmNote, AgentCrmProfile } from './agent-crm.entity';
import { UpdateAgentCrmProfileInput } from './agent-crm.inputs';
import { addAgentNote, CRM_LOG_FIELDS, crmProfiles, requireCrmView, updateAgentCrmProfile } from './agent-crm.service';

const AGENT_NOTES = { entity: AgentCrmNote, owner: 'agentId' as const };

/** Per-request batches (one statement per list page, not per agent), made on first use. */
const loaders = new WeakMap<
  Context,
  { profile: DataLoader<number, AgentCrmProfile | null>; notes: (first: number | undefined) => DataLoader<number, AgentCrmNote[]> }
>();

function crmLoaders(ctx: Context) {
  let l = loaders.get(ctx);
  if (!l) {
    l = {
      profile: new DataLoader(async (ids) => {
        const rows = await ctx.read((sc) => crmProfiles(sc, ids));
        return ids.map((id) => rows.find((r) => r.agentId === id) ?? null);
      }),
      notes: newestChildrenLoaders(() => ctx.ds.manager, AGENT_NOTES),
    };
    loaders.set(ctx, l);
  }
  return l;
}

/**
 * The CRM fields of an agent, for whoever may read user records: the token scope users:read
 * (authorizeField, memoized per request like the agent relations) and the people.view
 * permission (read once per request). An agent without people.view reads no CRM record, their
 * own included: the notes are what colleagues write about them. The agent's other fields keep
 * their own rules (agents:read).
 */
async function authorizeCrmRead(ctx: Context, info: GraphQLResolveInfo): Promise<void> {
  authorizeField(ctx, info, 'users:read');
  await ctx.read(requireCrmView);
}

@Resolver(() => Agent)
export class AgentCrmResolver {
  @FieldResolver(() => String, { nullable: true, description: "The agent's CRM summary (free text). Needs people.view and users:read." })
  async crmSummary(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<string | null> {
    await authorizeCrmRead(ctx, info);
    return (await crmLoaders(ctx).profile.load(agent.id))?.summary ?? null;
  }

  @FieldResolver(() => AgentCrmContact, {
    description: "The agent's CRM contact information; its phone is not the Preferences (SMS) phone. Needs people.view and users:read.",
  })
  async crmContact(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<AgentCrmContact> {
    await authorizeCrmRead(ctx, info);
    const profile = await crmLoaders(ctx).profile.load(agent.id);
    return Object.fromEntries(AGENT_CONTACT_FIELDS.map((f) => [f, profile?.[f] ?? null])) as unknown as AgentCrmContact;
  }

  @FieldResolver(() => [Note], {
    description: `The newest \`first\` notes on the agent’s CRM record (at most ${MAX_PAGE_SIZE}), newest first; crmNoteConnection pages through all. Needs people.view and users:read.`,
  })
  async crmNotes(
    @Root() agent: Agent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_NOTES }) first?: number,
  ): Promise<AgentCrmNote[]> {
    await authorizeCrmRead(ctx, info);
    return crmLoaders(ctx).notes(first).load(agent.id);
  }

  @FieldResolver(() => NoteConnection, {
    description:
      'Every note on the agent’s CRM record, newest first, in keyset pages (totalCount only when selected). Needs people.view and users:read.',
  })
  async crmNoteConnection(
    @Root() agent: Agent,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('first', () => Int, { nullable: true, defaultValue: DEFAULT_NOTES }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    await authorizeCrmRead(ctx, info);
    return ctx.read((sc) => childPage(sc.em, AGENT_NOTES, agent.id, { first, after, withTotal: selects(info, 'totalCount') }));
  }

  @Authorized('users:read')
  @Query(() => ChangeLogConnection, {
    description:
      "Changes to an agent's CRM record (fields crm.*), newest first. Needs people.view; the rest of an agent's log is changeLog's.",
  })
  async agentCrmChangeLog(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    const entityId = String(parseId(agentId, 'agentId'));
    return ctx.read(async (sc) => {
      await requireCrmView(sc);
      return changeLogPage(sc, { entityType: ChangeLogEntityType.AGENT, entityId, first, after, fields: CRM_LOG_FIELDS });
    });
  }

  @Authorized('users:write')
  @Mutation(() => Agent, {
    description: "Sets an agent's CRM summary and contact information (not their Preferences). Needs people.edit.",
  })
  updateAgentCrmProfile(
    @Ctx() ctx: Context,
    @Arg('agentId', () => ID) agentId: string,
    @Arg('input', () => UpdateAgentCrmProfileInput) input: UpdateAgentCrmProfileInput,
  ): Promise<Agent> {
    return ctx.tx((sc) => updateAgentCrmProfile(sc, { agentId, input }));
  }

  @Authorized('users:write')
  @Mutation(() => Agent, { description: "Adds a note to an agent's CRM record. Needs people.add_notes." })
  addAgentNote(@Ctx() ctx: Context, @Arg('agentId', () => ID) agentId: string, @Arg('text') text: string): Promise<Agent> {
    return ctx.tx((sc) => addAgentNote(sc, { agentId, text }));
  }
}
