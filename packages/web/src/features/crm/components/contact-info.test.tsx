import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import type { UpdateUserInput } from '../../../gql/graphql';
import { ContactInfo } from './contact-info';
import { httpUrl, telHref } from './contact-links';

const refusal = (fields: Record<string, string>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });

describe('ContactInfo', () => {
  it('shows a refused field next to it, keeps what was typed, and saves only what changed', async () => {
    const onSave = vi
      .fn<(input: UpdateUserInput) => Promise<void>>()
      .mockRejectedValueOnce(refusal({ 'input.website': 'must be an http or https URL' }))
      .mockResolvedValueOnce();
    render(<ContactInfo user={{ phone: '+44 20 7946 0000', website: null }} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    const website = screen.getByRole('textbox', { name: 'Website' });
    await userEvent.type(website, 'ftp://example.com');
    await userEvent.type(screen.getByRole('textbox', { name: 'Twitter' }), '@ada_l');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));

    expect(onSave).toHaveBeenCalledWith({ website: 'ftp://example.com', twitter: '@ada_l' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Website must be an http or https URL');
    expect(website).toHaveAccessibleDescription(/Website must be an http or https URL/);
    expect(website).toHaveAttribute('aria-invalid', 'true');
    expect(website).toHaveValue('ftp://example.com');
    expect(screen.getByRole('textbox', { name: 'Twitter' })).toHaveValue('@ada_l');

    await userEvent.clear(website);
    await userEvent.type(website, 'https://example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(onSave).toHaveBeenLastCalledWith({ website: 'https://example.com', twitter: '@ada_l' });
    expect(await screen.findByRole('button', { name: 'Edit contact information' })).toBeInTheDocument();
  });

  it('links only http(s) addresses, Twitter to x.com and phones with tel:; each value has a copy button', () => {
    render(
      <ContactInfo
        user={{
          phone: '+1 (555) 010-2000 x12',
          website: 'javascript:alert(1)',
          twitter: 'ada_l',
          linkedin: 'https://www.linkedin.com/in/ada',
          address: '1 Main St\nSpringfield',
        }}
        canEdit={false}
        onSave={vi.fn()}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Edit contact information' })).toBeNull();
    expect(screen.getByRole('link', { name: '+1 (555) 010-2000 x12' })).toHaveAttribute('href', 'tel:+15550102000,12');
    expect(screen.queryByRole('link', { name: /javascript/ })).toBeNull();
    expect(screen.getByText('javascript:alert(1)')).toBeInTheDocument();
    const twitter = screen.getByRole('link', { name: /@ada_l/ });
    expect(twitter).toHaveAttribute('href', 'https://x.com/ada_l');
    expect(twitter).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByRole('link', { name: /linkedin/ })).toHaveAttribute('rel', 'noopener noreferrer');
    const rows = screen.getAllByRole('definition');
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(within(row).getByRole('button', { name: /^Copy / })).toBeInTheDocument();
  });

  it('tells http(s) URLs and phone numbers apart from the rest', () => {
    expect(httpUrl('https://example.com/a')).toBe('https://example.com/a');
    expect(httpUrl('data:text/html,x')).toBeNull();
    expect(httpUrl('example.com')).toBeNull();
    expect(telHref('12')).toBeNull();
    expect(telHref('020 7946 0000')).toBe('tel:02079460000');
  });
});
