// The one shape both single sign-on protocols hand to the sign-in flow. The OIDC side (an ID token
// checked with openid-client) and the SAML side (a signed assertion checked with @node-saml/node-saml)
// each turn a provider's answer into an SsoIdentity or throw an SsoError; what happens next (match or
// create the agent, seats, two-step, audit) is protocol-free.

export type SsoProtocol = 'OIDC' | 'SAML';

/** What a verified provider answer says about the person signing in. */
export interface SsoIdentity {
  protocol: SsoProtocol;
  /** The provider's stable id of the person: the OIDC `sub`, the SAML NameID. */
  subject: string;
  /** Lower-cased address, or null when the provider sent none. */
  email: string | null;
  /** OIDC `email_verified`; SAML addresses count as verified (the IdP vouches for its directory). */
  emailVerified: boolean;
  name: string | null;
  /** Group names from the configured groups claim / attribute (empty when none). */
  groups: string[];
  /** The provider says it did multi-factor authentication (OIDC `amr`/`acr`, SAML AuthnContextClassRef). */
  mfa: boolean;
}

/** Why a single sign-on attempt was refused: the audit log's reason and the sign-in page's message. */
export type SsoFailureReason =
  | 'NOT_CONFIGURED'
  | 'INVALID_STATE'
  | 'PROVIDER_ERROR'
  | 'INVALID_SIGNATURE'
  | 'UNSIGNED'
  | 'EXPIRED'
  | 'REPLAYED'
  | 'WRONG_AUDIENCE'
  | 'WRONG_RECIPIENT'
  | 'WRONG_ISSUER'
  | 'NO_EMAIL'
  | 'EMAIL_NOT_VERIFIED'
  | 'NO_SEAT'
  /** The address belongs to an agent already linked to another subject of this provider, or is another agent's extra address. */
  | 'ACCOUNT_CONFLICT'
  | 'AGENT_DISABLED';

export class SsoError extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'SsoError';
  }
}
