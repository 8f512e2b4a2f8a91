import { MAX_BREAK_GLASS } from './sso.settings';
import { MAX_DEFAULTS, MAX_GROUP_MAPPINGS, MAX_SSO_PROVIDERS } from './sso.providers';
import { MAX_MFA_ACR_VALUES } from './oidc/oidc.config';

/** The most items each SSO list can hold (the result-size estimate reads them). */
export const SSO_LIMITS = {
  providers: MAX_SSO_PROVIDERS,
  groupMappings: MAX_GROUP_MAPPINGS,
  defaults: MAX_DEFAULTS,
  mfaAcrValues: MAX_MFA_ACR_VALUES,
  breakGlassAdmins: MAX_BREAK_GLASS,
} as const;
