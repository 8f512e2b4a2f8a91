import { Field, InputType, ObjectType } from 'type-graphql';

@InputType({ description: 'A SAML 2.0 identity provider (fill it from the IdP metadata with readSamlMetadata).' })
export class SamlConfigInput {
  @Field({ description: "The IdP's entityID: every assertion's Issuer (at most 1024 characters)." }) idpEntityId: string;
  @Field({ description: 'SingleSignOnService URL for the HTTP-Redirect binding (https; http only on localhost).' }) ssoUrl: string;
  @Field(() => [String], { description: 'Signing certificates, PEM or base64 (1 to 5; several during a key rollover).' })
  idpCertificates: string[];
  @Field(() => String, { nullable: true, description: 'Where the metadata came from (https; http only on localhost), kept for reference.' })
  metadataUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'NameID format to ask for; null: the IdP chooses.' }) nameIdFormat?: string | null;
}

@ObjectType({ description: "A SAML provider as administrators see it, with Roster's service provider names to give the IdP." })
export class SamlProviderConfig {
  @Field() idpEntityId: string;
  @Field() ssoUrl: string;
  @Field(() => [String], { description: 'PEM certificates (public keys, not secrets).' }) idpCertificates: string[];
  @Field(() => String, { nullable: true }) metadataUrl: string | null;
  @Field(() => String, { nullable: true }) nameIdFormat: string | null;
  @Field({ description: "Roster's SP entity ID (Audience) for this provider." }) spEntityId: string;
  @Field({ description: 'Assertion consumer service URL (HTTP-POST): the Recipient and Destination the IdP must use.' }) acsUrl: string;
  @Field({ description: "Roster's SP metadata XML for this provider (GET it or paste it into the IdP)." }) spMetadataUrl: string;
}

@ObjectType({ description: 'The IdP fields read from SAML metadata, to fill in the provider form.' })
export class SamlIdpMetadata {
  @Field() idpEntityId: string;
  @Field() ssoUrl: string;
  @Field(() => [String]) idpCertificates: string[];
  @Field(() => String, { nullable: true }) nameIdFormat: string | null;
}
