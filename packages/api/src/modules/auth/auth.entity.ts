import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Column } from 'typeorm';
import { DateCol, Str } from '../../common/columns';

/** A signed-in session. Only the SHA-256 of the token is stored. */
@Entity('session')
export class Session {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  tokenHash: string;

  @Column()
  @Index()
  agentId: number;

  @DateCol()
  createdAt: Date;

  @DateCol()
  expiresAt: Date;

  @DateCol()
  lastSeenAt: Date;

  /** Its last write (with read replicas, set at most once a second): its reads stay on the primary for a while after. */
  @DateCol({ nullable: true })
  lastWriteAt: Date | null;

  /** Where the session signed in from (My sessions); null for sessions from before they were recorded. */
  @Str(64, { nullable: true })
  ip: string | null;

  @Str(300, { nullable: true })
  userAgent: string | null;

  /** Null: a full session. Otherwise the sign-in is not complete and the session can do only that step (SessionStage). */
  @Str(16, { nullable: true })
  stage: SessionStage | null;

  /** How it signed in (the first step's way, kept through the second step); null for sessions from before it was recorded. */
  @Str(16, { nullable: true })
  signInMethod: SignInMethod | null;

  /** The pending WebAuthn challenge of this session (passkey registration or second step); used once. */
  @Str(128, { nullable: true })
  webauthnChallenge: string | null;
}

/** How a session signed in: "SSO required" ends those that did not come through single sign-on. */
export type SignInMethod = 'PASSWORD' | 'PASSKEY' | 'SSO';

/** What a session that is not complete yet may do (common/auth.ts): the second step, or enrol a factor. */
export type SessionStage = 'SECOND_FACTOR' | 'ENROLMENT';

/** One failed sign-in, counted per account and per IP for rate limiting. */
@Entity('login_attempt')
@Index(['key', 'createdAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(300)
  key: string;

  @DateCol()
  createdAt: Date;
}

/**
 * A browser an agent signed in from (OWASP "device cookies"): its cookie lets the agent sign in
 * even while guesses from elsewhere have hit the account-wide limit. Only the SHA-256 is stored.
 */
@Entity('trusted_device')
export class TrustedDevice {
  @PrimaryGeneratedColumn()
  id: number;

  @Str(64, { unique: true })
  tokenHash: string;

  @Column()
  @Index()
  agentId: number;

  @DateCol()
  createdAt: Date;

  @DateCol()
  expiresAt: Date;
}
