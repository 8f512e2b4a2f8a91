import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DateCol, Str, TextCol } from '../../common/columns';

/** The kinds of second factor an agent can hold (passkeys come later as another kind). */
export enum SecondFactorKind {
  TOTP = 'TOTP',
}

/**
 * One second factor of an agent. A TOTP row starts unconfirmed (enrolment begun, secret shown)
 * and counts once confirmed with a first code. The secret is sealed (common/secret-box.ts):
 * the column never holds the base32 seed.
 */
@Entity('second_factor')
export class SecondFactor {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  @Index()
  agentId: number;

  @Str(16)
  kind: SecondFactorKind;

  @Str(255)
  secretSealed: string;

  @DateCol()
  createdAt: Date;

  @DateCol({ nullable: true })
  confirmedAt: Date | null;

  /** The last TOTP time step accepted: a code of that step or an earlier one is refused (replay), in every process. */
  @Column({ type: 'integer', nullable: true })
  lastUsedStep: number | null;
}

/** A single-use recovery code: only a keyed hash is stored (common/secret-box.ts keyedHash). */
@Entity('recovery_code')
export class RecoveryCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  @Index()
  agentId: number;

  @Str(64)
  codeHash: string;

  @DateCol()
  createdAt: Date;

  @DateCol({ nullable: true })
  usedAt: Date | null;
}

/** A passkey (WebAuthn credential) of an agent, used as a second factor: named, several per agent, removable. */
@Entity('passkey')
export class Passkey {
  @PrimaryGeneratedColumn()
  id: number;

  @Column()
  @Index()
  agentId: number;

  @Str(100)
  name: string;

  /** SHA-256 of the credential id, for the unique lookup (ids can be 1,364 characters long). */
  @Str(64, { unique: true })
  credentialHash: string;

  @TextCol({ nullable: false })
  credentialId: string;

  /** The COSE public key, base64url: public, so stored as it is. */
  @TextCol({ nullable: false })
  publicKey: string;

  /** The authenticator's signature counter (0 for most passkeys, which do not count). */
  @Column({ type: 'integer', default: 0 })
  signCount: number;

  @Str(200, { nullable: true })
  transports: string | null;

  @DateCol()
  createdAt: Date;

  @DateCol({ nullable: true })
  lastUsedAt: Date | null;
}

/**
 * The challenge of a password-less passkey sign-in (there is no session yet): keyed by the SHA-256
 * of a random request id the client holds, short-lived, deleted when taken (used once).
 */
@Entity('passkey_challenge')
export class PasskeyChallenge {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  requestHash: string;

  @Str(128)
  challenge: string;

  @DateCol()
  @Index()
  expiresAt: Date;
}
