import { useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useMutation } from '@apollo/client/react';
import { CopyButton } from '../../components/copy-button';
import { FormField } from '../../components/form-field';
import { InputField } from '../../components/input-field';
import { useToast } from '../../components/toast';
import { toDisplayError } from '../../lib/errors';
import { READ_SAML_METADATA_MUTATION } from './saml.graphql';

// The SAML fields of the SSO provider form (protocol SAML): read the IdP's metadata (pasted XML or
// its URL) into the fields, or type them; and, once the provider exists, the names to give the IdP.
// Lives inside the SSO page's react-hook-form (FormProvider), under `saml.*`.

/** The form's SAML values: certificates as one text (PEM blocks, or base64 bodies separated by blank lines). */
export interface SamlFormValues {
  saml: { idpEntityId: string; ssoUrl: string; idpCertificates: string; metadataUrl: string; nameIdFormat: string };
}

/** Form field names, for applyServerFieldErrors (`input.saml.ssoUrl` lands on `saml.ssoUrl`). */
export const SAML_FIELD_NAMES = [
  'saml.idpEntityId',
  'saml.ssoUrl',
  'saml.idpCertificates',
  'saml.metadataUrl',
  'saml.nameIdFormat',
] as const;

export interface SamlConfigShape {
  idpEntityId: string;
  ssoUrl: string;
  idpCertificates: string[];
  metadataUrl?: string | null;
  nameIdFormat?: string | null;
}

/** The certificates in a text: each PEM block, or else each blank-line separated base64 body. */
export function splitCertificates(text: string): string[] {
  const pems = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  if (pems) return pems;
  return text
    .split(/\n\s*\n/)
    .map((c) => c.replace(/\s+/g, ''))
    .filter(Boolean);
}

export function samlFormValues(config?: SamlConfigShape | null): SamlFormValues['saml'] {
  return {
    idpEntityId: config?.idpEntityId ?? '',
    ssoUrl: config?.ssoUrl ?? '',
    idpCertificates: (config?.idpCertificates ?? []).join('\n'),
    metadataUrl: config?.metadataUrl ?? '',
    nameIdFormat: config?.nameIdFormat ?? '',
  };
}

/** The SamlConfigInput of the form's values (empty optional fields as null). */
export function samlInput(values: SamlFormValues['saml']): SamlConfigShape {
  return {
    idpEntityId: values.idpEntityId.trim(),
    ssoUrl: values.ssoUrl.trim(),
    idpCertificates: splitCertificates(values.idpCertificates),
    metadataUrl: values.metadataUrl.trim() || null,
    nameIdFormat: values.nameIdFormat.trim() || null,
  };
}

interface ServiceProviderNames {
  spEntityId: string;
  acsUrl: string;
  spMetadataUrl: string;
}

function MetadataImport() {
  const { setValue, getValues } = useFormContext<SamlFormValues>();
  const toast = useToast();
  const [xml, setXml] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [read, { loading }] = useMutation(READ_SAML_METADATA_MUTATION);

  async function readMetadata() {
    const url = getValues('saml.metadataUrl').trim();
    setError(undefined);
    try {
      const { data } = await read({ variables: xml.trim() ? { xml } : { url: url || null } });
      const m = data!.readSamlMetadata;
      const opts = { shouldDirty: true, shouldValidate: true };
      setValue('saml.idpEntityId', m.idpEntityId, opts);
      setValue('saml.ssoUrl', m.ssoUrl, opts);
      setValue('saml.idpCertificates', m.idpCertificates.join('\n\n'), opts);
      if (m.nameIdFormat) setValue('saml.nameIdFormat', m.nameIdFormat, opts);
      toast.success(`Metadata read: ${m.idpEntityId}`);
    } catch (e) {
      const shown = toDisplayError(e);
      const fragment = shown.fields.xml ?? shown.fields.url;
      setError(fragment);
      toast.error(fragment ? `The metadata ${fragment}` : shown.message);
    }
  }

  return (
    <div className="saml-metadata-import">
      <FormField label="IdP metadata XML" hint="Paste the XML, or leave empty to read it from the metadata URL below." error={error}>
        {(control) => <textarea {...control} rows={4} value={xml} onChange={(event) => setXml(event.target.value)} />}
      </FormField>
      <button type="button" className="button button-secondary" onClick={() => void readMetadata()} disabled={loading}>
        {loading ? 'Reading…' : 'Read metadata'}
      </button>
    </div>
  );
}

/** The SAML provider fields; `serviceProvider`: Roster's names for this provider (after it is saved). */
export function SamlProviderFields({ serviceProvider }: { serviceProvider?: ServiceProviderNames | null }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<SamlFormValues>();
  const e = errors.saml;
  return (
    <fieldset className="saml-provider-fields">
      <legend>SAML 2.0</legend>
      <InputField
        label="Metadata URL"
        type="url"
        hint="https (http only on localhost)"
        error={e?.metadataUrl?.message}
        {...register('saml.metadataUrl')}
      />
      <MetadataImport />
      <InputField label="IdP entity ID" error={e?.idpEntityId?.message} {...register('saml.idpEntityId', { required: 'is required' })} />
      <InputField
        label="Single sign-on URL"
        type="url"
        hint="The IdP's HTTP-Redirect SingleSignOnService location"
        error={e?.ssoUrl?.message}
        {...register('saml.ssoUrl', { required: 'is required' })}
      />
      <FormField label="Signing certificates" hint="PEM; several during a key rollover" error={e?.idpCertificates?.message}>
        {(control) => <textarea {...control} rows={6} {...register('saml.idpCertificates', { required: 'is required' })} />}
      </FormField>
      <InputField label="NameID format" hint="Empty: the IdP chooses" error={e?.nameIdFormat?.message} {...register('saml.nameIdFormat')} />
      {serviceProvider && (
        <dl className="saml-service-provider">
          <dt>Entity ID (Audience)</dt>
          <dd>
            <code>{serviceProvider.spEntityId}</code> <CopyButton text={serviceProvider.spEntityId} what="entity ID" small />
          </dd>
          <dt>ACS URL (HTTP-POST)</dt>
          <dd>
            <code>{serviceProvider.acsUrl}</code> <CopyButton text={serviceProvider.acsUrl} what="ACS URL" small />
          </dd>
          <dt>SP metadata</dt>
          <dd>
            <a href={serviceProvider.spMetadataUrl}>{serviceProvider.spMetadataUrl}</a>
          </dd>
        </dl>
      )}
    </fieldset>
  );
}
