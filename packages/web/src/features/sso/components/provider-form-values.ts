import type { TFunction } from 'i18next';
import type { AgentType, SsoProviderFieldsFragment, SsoProviderInput, SsoProtocol, TrustProviderMfa } from '../../../gql/graphql';
import { samlFormValues, type SamlFormValues } from './saml-fields';

/** The provider form's values: the protocol-free fields, and one object per protocol (its own fields component fills it). */
export interface ProviderFormValues {
  protocol: SsoProtocol;
  displayName: string;
  enabled: boolean;
  emailClaim: string;
  nameClaim: string;
  groupsClaim: string;
  trustProviderMfa: TrustProviderMfa;
  defaultTeamIds: string[];
  defaultPermissionGroupIds: string[];
  defaultAgentType: AgentType;
  /** One mapping a line: `group name = Team name`. */
  mappings: string;
  oidc: { issuer: string; clientId: string; clientSecret: string; scopes: string };
  saml: SamlFormValues;
}

export const emptyProvider = (protocol: SsoProtocol): ProviderFormValues => ({
  protocol,
  displayName: '',
  enabled: true,
  emailClaim: 'email',
  nameClaim: 'name',
  groupsClaim: 'groups',
  trustProviderMfa: 'NEVER' as TrustProviderMfa,
  defaultTeamIds: [],
  defaultPermissionGroupIds: ['1'],
  defaultAgentType: 'FULL',
  mappings: '',
  oidc: { issuer: '', clientId: '', clientSecret: '', scopes: 'openid email profile' },
  saml: samlFormValues(null),
});

export function providerValues(p: SsoProviderFieldsFragment, teamName: (id: string) => string): ProviderFormValues {
  return {
    ...emptyProvider(p.protocol),
    displayName: p.displayName,
    enabled: p.enabled,
    emailClaim: p.emailClaim,
    nameClaim: p.nameClaim,
    groupsClaim: p.groupsClaim ?? '',
    trustProviderMfa: p.trustProviderMfa,
    defaultTeamIds: p.defaultTeamIds,
    defaultPermissionGroupIds: p.defaultPermissionGroupIds,
    defaultAgentType: p.defaultAgentType,
    mappings: p.groupTeamMappings.map((m) => `${m.group} = ${teamName(m.teamId)}`).join('\n'),
    oidc: p.oidc
      ? { issuer: p.oidc.issuer, clientId: p.oidc.clientId, clientSecret: '', scopes: p.oidc.scopes }
      : emptyProvider(p.protocol).oidc,
    saml: samlFormValues(p.saml),
  };
}

/** The mappings text as the API's list; unknown team names come back as an error phrase. */
export function parseMappings(
  text: string,
  teams: { id: string; name: string }[],
  t: TFunction<'sso'>,
): { group: string; teamId: string }[] | string {
  const byName = new Map(teams.map((t) => [t.name.toLowerCase(), t.id]));
  const out: { group: string; teamId: string }[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const at = line.lastIndexOf('=');
    if (at < 1) return t('form.mappingForm', { line });
    const teamId = byName.get(
      line
        .slice(at + 1)
        .trim()
        .toLowerCase(),
    );
    if (!teamId) return t('form.mappingNoTeam', { line });
    out.push({ group: line.slice(0, at).trim(), teamId });
  }
  return out;
}

export type ProtocolInput = Pick<SsoProviderInput, 'oidc' | 'saml'>;
