import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/context';
import { inTransaction } from '../../db/data-source';
import { Department } from './department.entity';
import { deleteDepartment, departments } from './department.service';

@Resolver(() => Department)
export class DepartmentResolver {
  @Authorized('agents:read')
  @Query(() => [Department])
  departments(@Ctx() ctx: Context): Promise<Department[]> {
    return departments.list(ctx.ds.manager);
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Department)
  createDepartment(@Ctx() ctx: Context, @Arg('name') name: string): Promise<Department> {
    return inTransaction(ctx.ds, (em) => departments.create(em, ctx.actor!, name));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Department)
  renameDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('name') name: string): Promise<Department> {
    return inTransaction(ctx.ds, (em) => departments.rename(em, ctx.actor!, id, name));
  }

  @Authorized(ADMIN, 'agents:write')
  @Mutation(() => Boolean)
  deleteDepartment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return inTransaction(ctx.ds, (em) => deleteDepartment(em, ctx.actor!, id));
  }
}
