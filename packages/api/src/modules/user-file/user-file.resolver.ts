import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/request';
import { User } from '../user/user.entity';
import { UserFile } from './user-file.entity';
import { deleteUserFile } from './user-file.service';

// Upload and download are HTTP endpoints (user-file.http.ts); the list and delete are here.
@Resolver(() => User)
export class UserFileResolver {
  @FieldResolver(() => [UserFile], { description: 'Newest first. Upload: POST /users/<id>/files.' })
  files(@Root() user: User, @Ctx() ctx: Context): Promise<UserFile[]> {
    return ctx.loaders.filesOfUser.load(user.id);
  }

  @Authorized('users:write')
  @Mutation(() => User, { description: 'Needs people.edit.' })
  async deleteUserFile(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID) userId: string,
    @Arg('fileId', () => ID) fileId: string,
  ): Promise<User> {
    const { user, storageKey } = await ctx.tx((sc) => deleteUserFile(sc, { userId, fileId }));
    // After the commit: a rolled-back delete keeps its bytes.
    await ctx.files.delete(storageKey);
    return user;
  }
}
