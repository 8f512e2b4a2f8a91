import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider } from '@apollo/client/testing/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { ToastProvider } from '../../../components/toast';
import type { SsoProtocol } from '../../../gql/graphql';
import { READ_SAML_METADATA_MUTATION } from '../saml.graphql';
import { emptyProvider, type ProviderFormValues } from './provider-form-values';
import { SamlFields, samlInput, splitCertificates } from './saml-fields';

const CERT_A = '-----BEGIN CERTIFICATE-----\nMIIBAAA\n-----END CERTIFICATE-----';
const CERT_B = '-----BEGIN CERTIFICATE-----\nMIIBBBB\n-----END CERTIFICATE-----';

function Harness({ onValues }: { onValues: (v: ProviderFormValues) => void }) {
  const form = useForm<ProviderFormValues>({ defaultValues: emptyProvider('SAML' as SsoProtocol) });
  return (
    <form onSubmit={form.handleSubmit(onValues)}>
      <SamlFields form={form} provider={null} />
      <button type="submit">Save</button>
    </form>
  );
}

describe('SamlFields', () => {
  it('splits PEM blocks and blank-line separated bodies into the input', () => {
    expect(splitCertificates(`${CERT_A}\n${CERT_B}`)).toEqual([CERT_A, CERT_B]);
    expect(splitCertificates('MIIB AAA\n\n  MIIBBBB\n')).toEqual(['MIIBAAA', 'MIIBBBB']);
    const values = emptyProvider('SAML' as SsoProtocol);
    values.saml = { idpEntityId: ' e ', ssoUrl: 'https://i/sso', idpCertificates: CERT_A, metadataUrl: '', nameIdFormat: '' };
    expect(samlInput(values)).toEqual({
      saml: { idpEntityId: 'e', ssoUrl: 'https://i/sso', idpCertificates: [CERT_A], metadataUrl: null, nameIdFormat: null },
    });
  });

  it('fills the fields from pasted metadata and says so', async () => {
    const xml = '<EntityDescriptor/>';
    const mocks = [
      {
        request: { query: READ_SAML_METADATA_MUTATION, variables: { xml } },
        result: {
          data: {
            readSamlMetadata: {
              __typename: 'SamlIdpMetadata' as const,
              idpEntityId: 'https://idp.example/entity',
              ssoUrl: 'https://idp.example/sso',
              idpCertificates: ['MIIBAAA'],
              nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
            },
          },
        },
      },
    ];
    let submitted: ProviderFormValues | undefined;
    render(
      <MockedProvider mocks={mocks}>
        <ToastProvider>
          <Harness onValues={(v) => (submitted = v)} />
        </ToastProvider>
      </MockedProvider>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('IdP metadata XML'));
    await user.paste(xml);
    await user.click(screen.getByRole('button', { name: 'Read metadata' }));
    await waitFor(() => expect(screen.getByLabelText('IdP entity ID')).toHaveValue('https://idp.example/entity'));
    expect(screen.getByLabelText('Single sign-on URL')).toHaveValue('https://idp.example/sso');
    expect(screen.getByTestId('toast')).toHaveTextContent('Metadata read: https://idp.example/entity');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(submitted?.saml.idpCertificates).toBe('MIIBAAA'));
  });
});
