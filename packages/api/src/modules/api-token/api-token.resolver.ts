import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { ADMIN, SESSION } from '../../common/auth';
import type { Context } from '../../common/request';
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
  apiTokens(
    @Ctx() ctx: Context,
    @Arg('includeRevoked', { defaultValue: false }) includeRevoked: boolean,
    @Arg('first', () => Int, { nullable: true, defaultValue: 100, description: 'Newest first; at most 100.' }) first?: number,
  ): Promise<ApiToken[]> {
    return ctx.read((sc) => listApiTokens(sc, { includeRevoked, first }));
  }

  @Authorized(ADMIN, SESSION)
  @Mutation(() => CreateApiTokenPayload)
  createApiToken(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('scopes', () => [String]) scopes: string[],
    @Arg('expiresAt', () => Date, { nullable: true, description: 'Optional: the token is refused after this time.' })
    expiresAt?: Date | null,
  ) {
    return ctx.tx((sc) => createApiToken(sc, { name, scopes, expiresAt }));
  }

  @Authorized(ADMIN, SESSION)
  @Mutation(() => ApiToken)
  revokeApiToken(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ApiToken> {
    return ctx.tx((sc) => revokeApiToken(sc, { id }));
  }
}
