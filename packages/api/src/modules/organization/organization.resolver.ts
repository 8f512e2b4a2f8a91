import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../common/request';
import { selects } from '../../common/selection';
import { Organization } from './organization.entity';
import { createOrganization, deleteOrganization, listOrganizations, renameOrganization } from './organization.service';

const OrganizationConnection = ConnectionType('Organization', Organization);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized('users:read')
  @Query(() => OrganizationConnection, {
    description:
      'By name; `search` is a name prefix (the organization picker). Needs people.view, or admin access (teams are given organizations).',
  })
  organizations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.read((sc) => listOrganizations(sc, { search, first, after, withTotal: selects(info, 'totalCount') }));
  }

  @Authorized('users:read')
  @FieldResolver(() => Int, {
    description:
      'Users in this organization (what deleting it affects). Team-scoped visibility lists only organizations whose users the agent sees.',
  })
  userCount(@Root() organization: Organization, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.userCountOfOrganization.load(organization.id);
  }

  @Authorized('users:write')
  @Mutation(() => Organization, { description: 'Needs people.manage_organizations; names are unique ignoring case.' })
  createOrganization(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Organization> {
    return ctx.tx((sc) => createOrganization(sc, { name }));
  }

  @Authorized('users:write')
  @Mutation(() => Organization, { description: 'Needs people.manage_organizations; names are unique ignoring case.' })
  renameOrganization(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Organization> {
    return ctx.tx((sc) => renameOrganization(sc, { id, name }));
  }

  @Authorized('users:write')
  @Mutation(() => Boolean, {
    description: 'Its users stay, without an organization (logged on each). Needs people.delete_organizations (destructive).',
  })
  deleteOrganization(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteOrganization(sc, { id }));
  }
}
