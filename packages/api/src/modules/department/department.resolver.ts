import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
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
