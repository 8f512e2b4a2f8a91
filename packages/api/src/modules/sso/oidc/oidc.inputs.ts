import { Field, InputType, ObjectType } from 'type-graphql';

@InputType()
export class OidcConfigInput {
  @Field({
    description: 'The issuer URL (https; http only on a loopback address). Discovery reads <issuer>/.well-known/openid-configuration.',
  })
  issuer: string;
  @Field({ description: 'At most 255 characters.' }) clientId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Omitted or null on update: the stored one is kept; empty string: none (public client).',
  })
  clientSecret?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: 'acr values meaning MFA; omitted: the PAPE multi-factor URI. amr "mfa" always counts.',
  })
  mfaAcrValues?: string[] | null;
  @Field(() => String, {
    nullable: true,
    description: 'Scopes asked for, separated by spaces; omitted: "openid email profile" (add e.g. groups where the provider needs it).',
  })
  scopes?: string | null;
}

@ObjectType({ description: 'An OIDC provider as administrators see it: never the client secret.' })
export class OidcProviderConfig {
  @Field() issuer: string;
  @Field() clientId: string;
  @Field({ description: 'Whether a client secret is stored.' }) clientSecretSet: boolean;
  @Field(() => [String]) mfaAcrValues: string[];
  @Field() scopes: string;
}
