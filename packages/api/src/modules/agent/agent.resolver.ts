import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { selectedAt, selects } from '../../common/selection';
import { ADMIN, authorizeField, requireActor } from '../../common/auth';
import { unauthenticated } from '../../common/errors';
import { confirmOwnEmailChange } from '../auth/auth.flows';
import { ACTOR_COLUMNS } from '../auth/resolve-actor';
import { parseId } from '../../common/ids';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../common/request';
import { DepartmentAccess } from '../department/department.entity';
import { mergeDepartmentAccess } from '../department/department-access';
import { PermissionGroup } from '../permission/permission-group.entity';
import { effectivePermissions } from '../permission/permission.service';
import { Team } from '../team/team.entity';
import { Agent } from './agent.entity';
import { otherNotificationsOf, ticketNotificationsOf } from './agent.change';
import { bulkUpdateAgents } from './agent.bulk';
import { AgentFilter, AgentOrder, AgentSettingsSection, BulkUpdateAgentsInput, CreateAgentInput, UpdateAgentInput } from './agent.inputs';
import { listAgents } from './agent.query';
import { agentColumnsFor, preloaded, preloadRelations } from './agent.preload';
import { copyAgentSettings, createAgent, deleteAgent, prepareCredentials, updateAgent } from './agent.service';

@ObjectType()
export class NotificationSetting {
  @Field() event: string;
  @Field() email: boolean;
  @Field() browser: boolean;
}

@ObjectType()
export class CreateAgentPayload {
  @Field(() => Agent) agent: Agent;
  @Field(() => String, { nullable: true, description: 'Generated temporary password, shown once.' }) temporaryPassword: string | null;
}

const AgentConnection = ConnectionType('Agent', Agent);

/** Whether the fields selected on `viewer` are all among the actor's columns (resolveActor's partial agent). */
function actorColumnsSuffice(fields: ReadonlySet<string>): boolean {
  for (const f of fields) if (f !== '__typename' && !(ACTOR_COLUMNS as readonly string[]).includes(f)) return false;
  return true;
}

@Resolver(() => Agent)
export class AgentResolver {
  @Authorized()
  @Query(() => Agent, { description: 'The signed-in agent (or the creator of the API token).' })
  viewer(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Agent | Promise<Agent> {
    // resolveActor loads the actor's columns of the agent row; other fields need the whole row.
    const agent = requireActor(ctx).agent as Agent;
    if (actorColumnsSuffice(selectedAt(info, []))) return agent;
    return ctx.loaders.agentsById.load(agent.id).then((a) => {
      if (!a) throw unauthenticated();
      return a;
    });
  }

  @Authorized('agents:read')
  @Query(() => AgentConnection)
  async agents(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('filter', () => AgentFilter, { nullable: true }) filter?: AgentFilter,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => AgentOrder, { nullable: true, description: 'Default: NAME ASC.' }) orderBy?: AgentOrder,
  ) {
    const fields = selectedAt(info, ['edges', 'node']);
    const columns = agentColumnsFor(fields, ctx.ds);
    const page = await ctx.read((sc) => listAgents(sc, { filter, first, after, orderBy, withTotal: selects(info, 'totalCount'), columns }));
    await preloadRelations(
      ctx,
      page.edges.map((e) => e.node),
      {
        fields,
        teamFields: fields.has('teams') ? selectedAt(info, ['edges', 'node', 'teams']) : undefined,
        groupFields: fields.has('permissionGroups') ? selectedAt(info, ['edges', 'node', 'permissionGroups']) : undefined,
      },
    );
    return page;
  }

  @Authorized('agents:read')
  @Query(() => Agent, { nullable: true, description: 'null when no agent has this id.' })
  agent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Agent | null> {
    return ctx.loaders.agentsById.load(parseId(id)).then((a) => a ?? null);
  }

  // The relation fields below are resolved once per row of a list: they check their requirements
  // with authorizeField (the same checks as @Authorized('agents:read'), memoized per request)
  // and answer from what the list preloaded when it did (agent.preload.ts), else the DataLoaders.

  @FieldResolver(() => [PermissionGroup])
  permissionGroups(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorizeField(ctx, info, 'agents:read');
    return preloaded(agent)?.groups ?? ctx.loaders.groupsOfAgent.load(agent.id);
  }

  @FieldResolver(() => [String], { description: 'Groups plus direct permissions (a LIGHT agent: only those light agents may hold).' })
  effectivePermissions(@Root() agent: Agent, @Ctx() ctx: Context): string[] | Promise<string[]> {
    const groups = preloaded(agent)?.groups;
    if (groups) return effectivePermissions(groups, agent.permissions, agent.type);
    return ctx.loaders.groupsOfAgent.load(agent.id).then((gs) => effectivePermissions(gs, agent.permissions, agent.type));
  }

  @FieldResolver(() => [Team])
  teams(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorizeField(ctx, info, 'agents:read');
    return preloaded(agent)?.teams ?? ctx.loaders.teamsOfAgent.load(agent.id);
  }

  @FieldResolver(() => [DepartmentAccess])
  departments(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorizeField(ctx, info, 'agents:read');
    return preloaded(agent)?.departments ?? ctx.loaders.departmentsOfAgent.load(agent.id);
  }

  @FieldResolver(() => [DepartmentAccess], { description: 'Direct access plus what permission groups give; FULL wins over ASSIGN.' })
  async effectiveDepartments(@Root() agent: Agent, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorizeField(ctx, info, 'agents:read');
    const groups = preloaded(agent)?.groups ?? (await ctx.loaders.groupsOfAgent.load(agent.id));
    const lists = await Promise.all([
      preloaded(agent)?.departments ?? ctx.loaders.departmentsOfAgent.load(agent.id),
      ...groups.map((g) => ctx.loaders.departmentsOfGroup.load(g.id)),
    ]);
    return mergeDepartmentAccess(lists.flat());
  }

  @FieldResolver(() => [NotificationSetting])
  ticketNotifications(@Root() agent: Agent) {
    return ticketNotificationsOf(agent);
  }

  @FieldResolver(() => [NotificationSetting])
  otherNotifications(@Root() agent: Agent) {
    return otherNotificationsOf(agent);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => CreateAgentPayload)
  async createAgent(@Ctx() ctx: Context, @Arg('input') input: CreateAgentInput): Promise<CreateAgentPayload> {
    const creds = await prepareCredentials(input);
    return ctx.tx((sc) => createAgent(sc, input, creds));
  }

  @Authorized('agents:write')
  @Mutation(() => Agent, { description: 'Admins edit anyone; an agent edits their own preferences.' })
  async updateAgent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateAgentInput): Promise<Agent> {
    const passwordConfirmed = await confirmOwnEmailChange(ctx, id, input);
    return ctx.tx((sc) => updateAgent(sc, { id, input, passwordConfirmed }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deleteAgent(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteAgent(sc, { id }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => [Agent])
  copyAgentSettings(
    @Ctx() ctx: Context,
    @Arg('sourceAgentId', () => ID) sourceAgentId: string,
    @Arg('targetAgentIds', () => [ID]) targetAgentIds: string[],
    @Arg('sections', () => [AgentSettingsSection]) sections: AgentSettingsSection[],
  ): Promise<Agent[]> {
    return ctx.tx((sc) => copyAgentSettings(sc, { sourceAgentId, targetAgentIds, sections }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => [Agent], { description: 'Adds or removes teams and permission groups and sets the status of many agents at once.' })
  bulkUpdateAgents(
    @Ctx() ctx: Context,
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('input') input: BulkUpdateAgentsInput,
  ): Promise<Agent[]> {
    return ctx.tx((sc) => bulkUpdateAgents(sc, { ids, input }));
  }
}
