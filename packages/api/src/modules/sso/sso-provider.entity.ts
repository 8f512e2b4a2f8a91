import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Bool, DateCol, JsonCol, Str, TextCol } from '../../common/columns';
import { AgentType } from '../agent/agent.entity';
import type { SsoProtocol } from './sso.identity';

/** When an SSO sign-in skips Roster's own second step. */
export enum TrustProviderMfa {
  /** Roster's two-step sign-in applies as after a password. */
  NEVER = 'NEVER',
  /** Skipped when the provider says it did multi-factor authentication (OIDC amr/acr, SAML AuthnContextClassRef). */
  WHEN_PROVIDER_DID_MFA = 'WHEN_PROVIDER_DID_MFA',
  /** Always skipped: the provider's sign-in is trusted as both factors. */
  ALWAYS = 'ALWAYS',
}
registerEnumType(TrustProviderMfa, { name: 'TrustProviderMfa' });

export enum SsoProtocolKind {
  OIDC = 'OIDC',
  SAML = 'SAML',
}
registerEnumType(SsoProtocolKind, { name: 'SsoProtocol' });

@ObjectType()
export class SsoGroupTeamMapping {
  @Field({ description: 'A value of the groups claim / attribute (compared ignoring case).' }) group: string;
  @Field(() => ID) teamId: number;
}

/**
 * An identity provider an administrator configured. `config` holds the protocol's settings as JSON
 * (OIDC: issuer, client id, the client secret sealed with SECRET_KEY; SAML: its own); it is never
 * a GraphQL field: each protocol answers what may be shown (no secret).
 */
@Entity('sso_provider')
@ObjectType({ description: 'A single sign-on identity provider (administrators only).' })
export class SsoProvider {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => SsoProtocolKind)
  @Str(8)
  protocol: SsoProtocol;

  @Field({ description: 'Shown on the sign-in page as "Sign in with <displayName>".' })
  @Str(100)
  displayName: string;

  @Field()
  @Bool(true)
  enabled: boolean;

  /** The protocol's settings as JSON; secrets in it are sealed (common/secret-box.ts, bound to this row's id). */
  @TextCol({ nullable: false })
  config: string;

  @Field({ description: 'Claim / attribute with the email address.' })
  @Str(100)
  emailClaim: string;

  @Field({ description: 'Claim / attribute with the display name.' })
  @Str(100)
  nameClaim: string;

  @Field(() => String, { nullable: true, description: 'Claim / attribute with the group names (null: none).' })
  @Str(100, { nullable: true })
  groupsClaim: string | null;

  @Field(() => [SsoGroupTeamMapping], { description: 'Groups that put a new agent in teams.' })
  @JsonCol()
  groupTeamMappings: SsoGroupTeamMapping[];

  @Field(() => [ID], { description: 'Permission groups of agents created at their first sign-in.' })
  @JsonCol()
  defaultPermissionGroupIds: number[];

  @Field(() => [ID], { description: 'Teams of agents created at their first sign-in (besides the mapped ones).' })
  @JsonCol()
  defaultTeamIds: number[];

  @Field(() => AgentType, { description: 'Type of agents created at their first sign-in (LIGHT: no seat, no permission groups).' })
  @Str(8, { default: AgentType.FULL })
  defaultAgentType: AgentType;

  @Field(() => TrustProviderMfa)
  @Str(24)
  trustProviderMfa: TrustProviderMfa;

  @Field()
  @DateCol()
  createdAt: Date;

  @Field()
  @DateCol()
  updatedAt: Date;
}

/** Which agent a provider's subject is: found by subject first, by verified email once. */
@Entity('agent_sso_link')
@Index('uq_agent_sso_link_subject', ['providerId', 'subject'], { unique: true })
export class AgentSsoLink {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  providerId: number;

  @Str(255)
  subject: string;

  @Column()
  @Index('ix_agent_sso_link_agent')
  agentId: number;

  @DateCol()
  createdAt: Date;
}

/**
 * One started OIDC sign-in (the browser is at the provider): only the SHA-256 of the state and of
 * the nonce; the PKCE verifier and the nonce are derived from the state with SECRET_KEY. Taken
 * once (deleted as it is read), 10 minutes.
 */
@Entity('sso_login_state')
export class SsoLoginState {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  stateHash: string;

  @Str(64)
  nonceHash: string;

  @Column()
  providerId: number;

  @DateCol()
  @Index('ix_sso_login_state_expires')
  expiresAt: Date;
}
