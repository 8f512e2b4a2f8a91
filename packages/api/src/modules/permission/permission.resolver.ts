import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PERMISSION_CATALOG } from '@roster/shared';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { DepartmentAccess } from '../department/department.entity';
import { PermissionGroup } from './permission-group.entity';
import { PermissionGroupInput, UpdatePermissionGroupInput } from './permission.inputs';
import { createGroup, deleteGroup, groupPermissions, listGroups, updateGroup } from './permission.service';

@ObjectType()
export class Permission {
  @Field() key: string;
  @Field() label: string;
  @Field() category: string;
  @Field({ description: 'Loses information for good; excluded from group 2.' }) destructive: boolean;
}

@Resolver(() => PermissionGroup)
export class PermissionResolver {
  @Authorized('agents:read')
  @Query(() => [Permission])
  permissionCatalog(): Permission[] {
    return PERMISSION_CATALOG.map((p) => ({ ...p }));
  }

  @Authorized('agents:read')
  @Query(() => [PermissionGroup])
  permissionGroups(@Ctx() ctx: Context): Promise<PermissionGroup[]> {
    return ctx.read(listGroups);
  }

  @FieldResolver(() => [String])
  permissions(@Root() group: PermissionGroup): string[] {
    return groupPermissions(group);
  }

  @FieldResolver(() => [DepartmentAccess])
  departments(@Root() group: PermissionGroup, @Ctx() ctx: Context) {
    return ctx.loaders.departmentsOfGroup.load(group.id);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => PermissionGroup)
  createPermissionGroup(@Ctx() ctx: Context, @Arg('input') input: PermissionGroupInput): Promise<PermissionGroup> {
    return ctx.tx((sc) => createGroup(sc, { input }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => PermissionGroup)
  updatePermissionGroup(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdatePermissionGroupInput,
  ): Promise<PermissionGroup> {
    return ctx.tx((sc) => updateGroup(sc, { id, input }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deletePermissionGroup(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteGroup(sc, { id }));
  }
}
