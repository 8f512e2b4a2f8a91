import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str } from '../../../common/columns';

/**
 * An AuthnRequest we sent and wait an answer to: the SHA-256 of its ID and of its RelayState,
 * the provider it went to and where the SPA returns after sign-in. Taken (deleted) by the one
 * response that answers it; expired rows are pruned.
 */
@Entity('saml_request')
export class SamlRequest {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  requestHash: string;

  @Str(64)
  relayHash: string;

  @Str(64)
  providerId: string;

  @Str(512)
  returnTo: string;

  @DateCol()
  @Index()
  expiresAt: Date;
}

/** An accepted assertion (SHA-256 of issuer and assertion ID), remembered until it expires: a second use is a replay. */
@Entity('saml_assertion')
export class SamlAssertion {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  assertionHash: string;

  @DateCol()
  @Index()
  expiresAt: Date;
}
