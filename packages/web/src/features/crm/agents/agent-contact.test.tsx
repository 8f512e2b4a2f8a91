import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { AgentContact, type ContactValues } from './agent-contact';

const empty = { phone: null, website: null, im: null, twitter: null, linkedin: null, facebook: null, address: null };
const refusal = () =>
  new CombinedGraphQLErrors({
    errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.phone': 'is not a phone number' } } }],
  });

describe('AgentContact', () => {
  it('shows what is filled in, with links', () => {
    render(<AgentContact contact={{ ...empty, phone: '+1 555 0100', twitter: 'ada' }} canEdit={false} onSave={vi.fn()} />);
    expect(screen.getByRole('link', { name: '+1 555 0100' })).toHaveAttribute('href', 'tel:+15550100');
    expect(screen.getByRole('link', { name: '@ada' })).toHaveAttribute('href', 'https://x.com/ada');
    expect(screen.queryByText('Website')).toBeNull();
    // Without people.edit: read-only.
    expect(screen.queryByRole('button', { name: 'Edit contact information' })).toBeNull();
  });

  it('keeps the typed values after a refused save, puts the error on its field, and sends blanks as null', async () => {
    const onSave = vi.fn<(v: ContactValues) => Promise<void>>().mockRejectedValueOnce(refusal()).mockResolvedValueOnce();
    render(<AgentContact contact={{ ...empty, website: 'https://old.example' }} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await userEvent.type(phone, 'call me');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Website' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Phone is not a phone number');
    expect(phone).toHaveValue('call me');
    expect(phone).toHaveAccessibleDescription(expect.stringContaining('Phone is not a phone number'));
    expect(onSave).toHaveBeenLastCalledWith({ ...empty, phone: 'call me' });

    await userEvent.clear(phone);
    await userEvent.type(phone, '555 0100');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(onSave).toHaveBeenLastCalledWith({ ...empty, phone: '555 0100' });
    expect(await screen.findByRole('button', { name: 'Edit contact information' })).toBeInTheDocument();
  });
});
