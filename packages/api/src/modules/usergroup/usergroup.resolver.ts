import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/request';
import { Usergroup } from './usergroup.entity';
import { usergroups } from './usergroup.service';

@Resolver(() => Usergroup)
export class UsergroupResolver {
  @Authorized('users:read')
  @Query(() => [Usergroup], { description: 'By name.' })
  usergroups(@Ctx() ctx: Context): Promise<Usergroup[]> {
    return ctx.read(usergroups.list);
  }

  @Authorized('users:write')
  @Mutation(() => Usergroup, { description: 'Needs people.manage_usergroups.' })
  createUsergroup(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Usergroup> {
    return ctx.tx((sc) => usergroups.create(sc, { name }));
  }

  @Authorized('users:write')
  @Mutation(() => Usergroup, { description: 'Needs people.manage_usergroups.' })
  renameUsergroup(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Usergroup> {
    return ctx.tx((sc) => usergroups.rename(sc, { id, name }));
  }

  @Authorized('users:write')
  @Mutation(() => Boolean, { description: "Removes its memberships (logged on each member's change log). Needs people.manage_usergroups." })
  deleteUsergroup(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => usergroups.remove(sc, { id }));
  }
}
