import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { Department } from './department.entity';
import { deleteDepartment, departments } from './department.service';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized('agents:read')
  @Query(() => [Department])
  departments(@Ctx() ctx: Context): Promise<Department[]> {
    return ctx.read(departments.list);
  }

  @Authorized('agents:read')
  @FieldResolver(() => Int, { description: 'Agents with access to this department given directly (not through a permission group).' })
  agentCount(@Root() dept: Department, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.agentCountOfDepartment.load(dept.id);
  }

  @Authorized('agents:read')
  @FieldResolver(() => Int, { description: 'Permission groups that give access to this department.' })
  permissionGroupCount(@Root() dept: Department, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.permissionGroupCountOfDepartment.load(dept.id);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Department)
  createDepartment(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Department> {
    return ctx.tx((sc) => departments.create(sc, { name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Department)
  renameDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Department> {
    return ctx.tx((sc) => departments.rename(sc, { id, name }));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deleteDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteDepartment(sc, { id }));
  }
}
