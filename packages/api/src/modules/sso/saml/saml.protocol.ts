import type { SsoProtocolConfig } from '../sso.protocol-config';
import type { SsoProvider } from '../sso-provider.entity';
import { samlConfigFrom, SamlConfig } from './saml.config';
import type { SamlProviderConfig } from './saml.inputs';
import { serviceProvider, type SamlProvider } from './saml.service';

// SAML's part of sso_provider: the config JSON from the admin's input, what the change log shows
// of it, and the provider as the SAML service needs it (attribute names are the provider's claims).

export const parseSamlConfig = (json: string): SamlConfig => JSON.parse(json) as SamlConfig;

export const samlProtocol: SsoProtocolConfig = {
  configFromInput(_sc, input, { fc }) {
    const saml = input.saml;
    if (!fc.check(!!saml, 'saml', 'is required for a SAML provider') || !saml) return undefined;
    const config = samlConfigFrom(
      {
        idpEntityId: saml.idpEntityId,
        ssoUrl: saml.ssoUrl,
        idpCertificates: saml.idpCertificates,
        metadataUrl: saml.metadataUrl,
        nameIdFormat: saml.nameIdFormat,
      },
      fc,
      'saml.',
    );
    return config && JSON.stringify(config);
  },
  loggedValues(json) {
    const c = parseSamlConfig(json);
    return {
      idpEntityId: c.idpEntityId,
      ssoUrl: c.ssoUrl,
      // A changed certificate shows as a changed count or a changed end of each body.
      idpCertificates: c.idpCertificates.map((pem) => `…${pem.replace(/-----[A-Z ]+-----|\s/g, '').slice(-16)}`).join(' '),
      metadataUrl: c.metadataUrl ?? null,
      nameIdFormat: c.nameIdFormat ?? null,
    };
  },
};

/** The provider row as the SAML service reads it: its config, with the provider's claim names as attribute names. */
export function samlProviderOf(p: SsoProvider): SamlProvider {
  return {
    id: p.id,
    config: { ...parseSamlConfig(p.config), emailAttribute: p.emailClaim, nameAttribute: p.nameClaim, groupsAttribute: p.groupsClaim },
  };
}

export function samlPublicConfig(publicUrl: string, p: SsoProvider): SamlProviderConfig {
  const c = parseSamlConfig(p.config);
  const sp = serviceProvider(publicUrl, p.id);
  return {
    idpEntityId: c.idpEntityId,
    ssoUrl: c.ssoUrl,
    idpCertificates: c.idpCertificates,
    metadataUrl: c.metadataUrl ?? null,
    nameIdFormat: c.nameIdFormat ?? null,
    spEntityId: sp.entityId,
    acsUrl: sp.acsUrl,
    spMetadataUrl: sp.entityId,
  };
}
