import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { systemActor } from '../../common/actor';
import { ADMIN } from '../../common/auth';
import type { Context } from '../../common/request';
import { OidcProviderConfig } from './oidc/oidc.inputs';
import { oidcPublicConfig } from './oidc/oidc.config';
import { OIDC_CALLBACK_PATH } from './oidc/oidc.paths';
import { SsoProvider } from './sso-provider.entity';
import { SsoProviderInput } from './sso.inputs';
import { createSsoProvider, deleteSsoProvider, enabledSsoProviders, listSsoProviders, updateSsoProvider } from './sso.providers';
import { SsoSettings, SsoSettingsInput, ssoSettings, updateSsoSettings } from './sso.settings';

const SIGN_IN_PAGE = systemActor('Sign-in page');

@ObjectType({ description: 'An enabled provider as the sign-in page shows it.' })
export class SsoSignInProvider {
  @Field(() => ID) id: number;
  @Field({ description: '"Sign in with <displayName>"; the button goes to GET /sso/<id>/start.' }) displayName: string;
}

// Administrators in a session only (no API token: providers hold secrets and decide who may sign in).
@Resolver(() => SsoProvider)
export class SsoProviderResolver {
  @Authorized(ADMIN)
  @Query(() => [SsoProvider])
  ssoProviders(@Ctx() ctx: Context): Promise<SsoProvider[]> {
    return ctx.read(listSsoProviders);
  }

  @Query(() => [SsoSignInProvider], { description: 'Public: the enabled single sign-on providers (id and name only).' })
  async ssoSignInProviders(@Ctx() ctx: Context): Promise<SsoSignInProvider[]> {
    const providers = await ctx.read(enabledSsoProviders, SIGN_IN_PAGE);
    return providers.map(({ id, displayName }) => ({ id, displayName }));
  }

  @Authorized(ADMIN)
  @Mutation(() => SsoProvider, { description: 'Administrators only; in the change log (entityType SSO_PROVIDER), never with the secret.' })
  createSsoProvider(@Ctx() ctx: Context, @Arg('input') input: SsoProviderInput): Promise<SsoProvider> {
    return ctx.tx((sc) => createSsoProvider(sc, { input }));
  }

  @Authorized(ADMIN)
  @Mutation(() => SsoProvider, { description: 'Replaces every field; a client secret left out is kept.' })
  updateSsoProvider(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: SsoProviderInput): Promise<SsoProvider> {
    return ctx.tx((sc) => updateSsoProvider(sc, { id, input }));
  }

  @Authorized(ADMIN)
  @Mutation(() => Boolean, { description: 'Deletes the provider and its sign-in links; the agents stay.' })
  deleteSsoProvider(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<boolean> {
    return ctx.tx((sc) => deleteSsoProvider(sc, { id }));
  }

  @FieldResolver(() => OidcProviderConfig, { nullable: true, description: 'OIDC settings (null for other protocols); never the secret.' })
  oidc(@Root() provider: SsoProvider): OidcProviderConfig | null {
    return provider.protocol === 'OIDC' ? oidcPublicConfig(provider.config) : null;
  }

  @FieldResolver(() => String, { description: 'The redirect URI / callback URL to register at the provider.' })
  callbackUrl(@Root() provider: SsoProvider, @Ctx() ctx: Context): string {
    return provider.protocol === 'OIDC'
      ? `${ctx.config.publicUrl}${OIDC_CALLBACK_PATH}`
      : `${ctx.config.publicUrl}/sso/saml/${provider.id}/acs`;
  }
}

@Resolver(() => SsoSettings)
export class SsoSettingsResolver {
  @Authorized(ADMIN)
  @Query(() => SsoSettings)
  ssoSettings(@Ctx() ctx: Context): Promise<SsoSettings> {
    return ctx.read(ssoSettings);
  }

  @Authorized(ADMIN)
  @Mutation(() => SsoSettings, { description: 'Administrators only; each change is in the change log (entityType SETTING).' })
  updateSsoSettings(@Ctx() ctx: Context, @Arg('input') input: SsoSettingsInput): Promise<SsoSettings> {
    return ctx.tx((sc) => updateSsoSettings(sc, input));
  }
}
