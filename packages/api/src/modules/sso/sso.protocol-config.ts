import type { FieldCheck } from '../../common/errors';
import type { ServiceContext } from '../../common/service';
import type { SsoProviderInput } from './sso.inputs';

/**
 * What the provider service needs from each protocol: checking its part of the input into the
 * JSON of `sso_provider.config` (secrets sealed, bound to the provider's id) and the change-log
 * values of it (never a secret). SAML registers its own entry here.
 */
export interface SsoProtocolConfig {
  /** The config JSON, or undefined when the input has field errors (reported on `fc`). `previous`: the stored JSON on update. */
  configFromInput(
    sc: ServiceContext,
    input: SsoProviderInput,
    ctx: { providerId: number; previous: string | null; fc: FieldCheck },
  ): string | undefined;
  /** What the change log records of a config (no secret values). */
  loggedValues(config: string): Record<string, unknown>;
}
