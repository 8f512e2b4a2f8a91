import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { describe, expect, it } from 'vitest';
import { API_TOKEN_SCOPES } from '../scopes';
import { CreateTokenForm } from './create-token-form';

describe('CreateTokenForm', () => {
  it('offers every scope the API knows, SCIM provisioning included, each with its key', () => {
    render(
      <MockedProvider mocks={[]}>
        <CreateTokenForm />
      </MockedProvider>,
    );
    const scim = screen.getByRole('checkbox', { name: /SCIM provisioning/ });
    expect(scim).toHaveAttribute('value', 'scim');
    expect(scim).not.toBeChecked();
    expect(screen.getAllByRole('checkbox').map((c) => c.getAttribute('value'))).toEqual(API_TOKEN_SCOPES.map((s) => s.key));
  });
});
