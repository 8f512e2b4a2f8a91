import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { Agent } from '../agent/agent.entity';
import { BusinessUnit } from './business-unit.entity';
import { businessUnits, deleteBusinessUnit } from './business-unit.service';

// Guarded like teams and departments: every agent reader sees the list (pickers, filters), administrators change it.
@Resolver(() => BusinessUnit)
export class BusinessUnitResolver {
  @Authorized('agents:read')
  @Query(() => [BusinessUnit], { description: 'Every business unit by name (at most 500).' })
  businessUnits(@Ctx() ctx: Context): Promise<BusinessUnit[]> {
    return ctx.read(businessUnits.list);
  }

  @Authorized('agents:read')
  @FieldResolver(() => Int, { description: 'Agents assigned to this unit.' })
  agentCount(@Root() unit: BusinessUnit, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.agentCountOfBusinessUnit.load(unit.id);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => BusinessUnit, { description: 'Names are unique ignoring case, at most 200 characters; at most 500 units.' })
  createBusinessUnit(@Ctx() ctx: Context, @Arg('name') name: string): Promise<BusinessUnit> {
    return ctx.tx((sc) => businessUnits.create(sc, { name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => BusinessUnit)
  renameBusinessUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<BusinessUnit> {
    return ctx.tx((sc) => businessUnits.rename(sc, { id, name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Int, {
    description: "Deletes the unit and takes it off its agents (each agent's change log says so); answers how many agents lost it.",
  })
  deleteBusinessUnit(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<number> {
    return ctx.tx((sc) => deleteBusinessUnit(sc, { id }));
  }
}

@Resolver(() => Agent)
export class AgentBusinessUnitResolver {
  @FieldResolver(() => String, { nullable: true, description: "The name of the agent's business unit (businessUnitId), null when none." })
  async businessUnit(@Root() agent: Agent, @Ctx() ctx: Context): Promise<string | null> {
    if (agent.businessUnitId === null || agent.businessUnitId === undefined) return null;
    return (await ctx.loaders.businessUnitsById.load(agent.businessUnitId))?.name ?? null;
  }
}
