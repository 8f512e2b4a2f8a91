import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ADMIN, SESSION } from '../../common/auth';
import type { Context } from '../../graphql/context';
import { ApiToken } from './api-token.entity';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service';

@ObjectType()
export class CreateApiTokenPayload {
  @Field({ description: 'The secret, shown once. Send it as Authorization: Bearer <token>.' }) token: string;
  @Field(() => ApiToken) apiToken: ApiToken;
}

// Tokens are managed by signed-in admins only: a token cannot mint or revoke tokens.
@Resolver(() => ApiToken)
export class ApiTokenResolver {
  @Authorized(ADMIN, SESSION)
  @Query(() => [ApiToken])
  apiTokens(@Ctx() ctx: Context, @Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean): Promise<ApiToken[]> {
    return ctx.read((sc) => listApiTokens(sc, { includeRevoked }));
  }

  @Authorized(ADMIN, SESSION)
  @Mutation(() => CreateApiTokenPayload)
  createApiToken(@Ctx() ctx: Context, @Arg('name') name: string, @Arg('scopes', () => [String]) scopes: string[]) {
    return ctx.tx((sc) => createApiToken(sc, { name, scopes }));
  }

  @Authorized(ADMIN, SESSION)
  @Mutation(() => ApiToken)
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return ctx.tx((sc) => revokeApiToken(sc, { id }));
  }
}
