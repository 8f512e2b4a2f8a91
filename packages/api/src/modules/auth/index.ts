// The public surface of this module: other modules, the GraphQL edge, db and tests import from here.
export { LoginAttempt, Session, TrustedDevice } from './auth.entity';
export { acceptInvitationAndSignIn } from './auth.flows';
export { AuthPayload, AuthResolver } from './auth.resolver';
export { assertPasswordOk, hashPassword, verifyPassword } from './password';
export { ACTOR_COLUMNS, recordWrite, resolveActor } from './resolve-actor';
export { createPasswordLinks } from './password-link';
export { PasswordLink } from './password-link.entity';
export { PasswordResetResolver } from './password.resolver';
export { SessionsResolver } from './sessions.resolver';
export { Passkey, PasskeyChallenge, RecoveryCode, SecondFactor } from './second-factor.entity';
export { SecondFactorResolver } from './second-factor.resolver';
export { secondFactorLoaders } from './second-factor.loaders';
export { PasskeyResolver } from './passkey.resolver';
