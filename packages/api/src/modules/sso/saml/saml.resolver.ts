import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { ADMIN } from '../../../common/auth';
import type { Context } from '../../../common/request';
import { SsoProvider } from '../sso-provider.entity';
import { SamlIdpMetadata, SamlProviderConfig } from './saml.inputs';
import { idpFromMetadata } from './saml.metadata';
import { samlPublicConfig } from './saml.protocol';

// Administrators in a session only, as the rest of the provider settings.
@Resolver(() => SsoProvider)
export class SamlProviderResolver {
  @FieldResolver(() => SamlProviderConfig, { nullable: true, description: 'SAML settings and our SP names (null for other protocols).' })
  saml(@Root() provider: SsoProvider, @Ctx() ctx: Context): SamlProviderConfig | null {
    return provider.protocol === 'SAML' ? samlPublicConfig(ctx.config.publicUrl, provider) : null;
  }

  @Authorized(ADMIN)
  @Mutation(() => SamlIdpMetadata, {
    description:
      'Reads IdP metadata (pasted XML, at most 512 KB, or fetched from an https URL within 5 s) into the SAML fields; stores nothing.',
  })
  readSamlMetadata(
    @Arg('xml', () => String, { nullable: true }) xml: string | null,
    @Arg('url', () => String, { nullable: true }) url: string | null,
  ): Promise<SamlIdpMetadata> {
    return idpFromMetadata({ xml, url });
  }
}
