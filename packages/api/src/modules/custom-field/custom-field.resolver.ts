import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { User } from '../user/user.entity';
import { UserCustomField, UserCustomFieldValue } from './custom-field.entity';
import { CreateUserCustomFieldInput, UpdateUserCustomFieldInput } from './custom-field.inputs';
import { createCustomField, deleteCustomField, listCustomFields, reorderCustomFields, updateCustomField } from './custom-field.service';

// Definitions are admin configuration (like teams and departments: ADMIN plus a write scope for
// tokens, users:write here since they shape user records); reading them is for anyone who sees users.
@Resolver(() => UserCustomField)
export class UserCustomFieldResolver {
  @Authorized('users:read')
  @Query(() => [UserCustomField], { description: 'User custom fields in order (disabled ones too). Admins, or people.view.' })
  userCustomFields(@Ctx() ctx: Context): Promise<UserCustomField[]> {
    return ctx.read(listCustomFields);
  }

  @Authorized(ADMIN, 'users:write')
  @Mutation(() => UserCustomField, { description: 'Administrators only. Names are unique ignoring case; at most 100 fields.' })
  createUserCustomField(@Ctx() ctx: Context, @Arg('input') input: CreateUserCustomFieldInput): Promise<UserCustomField> {
    return ctx.tx((sc) => createCustomField(sc, { input }));
  }

  @Authorized(ADMIN, 'users:write')
  @Mutation(() => UserCustomField, { description: 'Administrators only. Options left out are cleared on users unless renamed.' })
  updateUserCustomField(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input') input: UpdateUserCustomFieldInput,
  ): Promise<UserCustomField> {
    return ctx.tx((sc) => updateCustomField(sc, { id, input }));
  }

  @Authorized(ADMIN, 'users:write')
  @Mutation(() => [UserCustomField], { description: 'Administrators only. `ids` lists every field once, in the new order.' })
  reorderUserCustomFields(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]): Promise<UserCustomField[]> {
    return ctx.tx((sc) => reorderCustomFields(sc, { ids }));
  }

  @Authorized(ADMIN, 'users:write')
  @Mutation(() => Boolean, { description: "Administrators only. Removes every user's value of the field (their change logs keep it)." })
  deleteUserCustomField(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteCustomField(sc, { id }));
  }
}

@Resolver(() => User)
export class UserCustomValuesResolver {
  @FieldResolver(() => [UserCustomFieldValue], { description: 'Values of enabled custom fields, in field order (empty ones are absent).' })
  customFields(@Root() user: User, @Ctx() ctx: Context): Promise<UserCustomFieldValue[]> {
    return ctx.loaders.customFieldsOfUser.load(user.id);
  }
}
