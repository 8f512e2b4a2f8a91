import { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { ConnectionType } from '../../common/pagination';
import type { Context } from '../../graphql/context';
import { selects } from '../../graphql/selection';
import { Organization } from './organization.entity';
import { createOrganization, listOrganizations } from './organization.service';

const OrganizationConnection = ConnectionType('Organization', Organization);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized('users:read')
  @Query(() => OrganizationConnection, { description: 'By name; `search` is a name prefix (the organization picker).' })
  organizations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('search', () => String, { nullable: true }) search?: string,
    @Arg('first', () => Int, { nullable: true, defaultValue: 50 }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ) {
    return ctx.read((sc) => listOrganizations(sc, { search, first, after, withTotal: selects(info, 'totalCount') }));
  }

  @Authorized('users:write')
  @Mutation(() => Organization, { description: 'Needs people.manage_organizations; names are unique ignoring case.' })
  createOrganization(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Organization> {
    return ctx.tx((sc) => createOrganization(sc, { name }));
  }
}
