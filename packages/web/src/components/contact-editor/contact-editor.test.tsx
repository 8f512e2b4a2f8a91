import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { Link } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { LocationProbe, renderRoutes } from '../../test/apollo-router';
import { UnsavedEditsScope } from '../unsaved-edits';
import { ContactEditor } from './contact-editor';
import type { ContactValues } from './contact-fields';
import { ContactValue } from './contact-links';
import { httpUrl, telHref } from './contact-links';

const refusal = (fields: Record<string, string>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });
const saver = () => vi.fn<(changed: ContactValues) => Promise<void>>();

describe('ContactEditor', () => {
  it('shows a refused field next to it, keeps what was typed, and saves only what changed (blank: null)', async () => {
    const onSave = saver()
      .mockRejectedValueOnce(refusal({ 'input.website': 'must be a web address such as acme.example' }))
      .mockResolvedValueOnce();
    render(<ContactEditor contact={{ phone: '+44 20 7946 0000', website: null, im: 'ada@matrix' }} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    const website = screen.getByRole('textbox', { name: 'Website' });
    await userEvent.type(website, 'ftp://example.com');
    await userEvent.type(screen.getByRole('textbox', { name: 'Twitter' }), '@ada_l');
    await userEvent.clear(screen.getByRole('textbox', { name: 'Instant messaging' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));

    expect(onSave).toHaveBeenCalledWith({ website: 'ftp://example.com', twitter: '@ada_l', im: null });
    expect(await screen.findByRole('alert')).toHaveTextContent('Website must be a web address such as acme.example');
    expect(website).toHaveAccessibleDescription(/Website must be a web address such as acme.example/);
    expect(website).toHaveAttribute('aria-invalid', 'true');
    expect(website).toHaveValue('ftp://example.com');
    expect(screen.getByRole('textbox', { name: 'Twitter' })).toHaveValue('@ada_l');

    await userEvent.clear(website);
    await userEvent.type(website, 'acme.example');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(onSave).toHaveBeenLastCalledWith({ website: 'acme.example', twitter: '@ada_l', im: null });
    expect(await screen.findByRole('button', { name: 'Edit contact information' })).toHaveFocus();
  });

  it('shows the value the API stored after a save (acme.example as https://acme.example)', async () => {
    function Record() {
      const [contact, setContact] = useState<ContactValues>({});
      // The record's mutation answers with the stored values, as the API normalises them.
      const onSave = async (changed: ContactValues) => setContact({ ...contact, ...changed, website: `https://${changed.website}` });
      return <ContactEditor contact={contact} canEdit onSave={onSave} />;
    }
    render(<Record />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Website' }), 'acme.example');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(await screen.findByRole('link', { name: /https:\/\/acme\.example/ })).toHaveAttribute('href', 'https://acme.example/');
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    expect(screen.getByRole('textbox', { name: 'Website' })).toHaveValue('https://acme.example');
  });

  it('Escape and Cancel drop the edits: the next Edit starts from the saved values', async () => {
    const onSave = saver();
    render(<ContactEditor contact={{ phone: '555 0100' }} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    // The first control is the phone's country picker; a number kept as text has no country.
    expect(screen.getByRole('combobox', { name: 'Phone country code' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Phone country code' })).toHaveValue('');
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    await userEvent.clear(phone);
    await userEvent.type(phone, '999{Escape}');
    expect(screen.queryByRole('form', { name: 'Contact information' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit contact information' })).toHaveFocus();
    expect(screen.getByRole('link', { name: '555 0100' })).toBeInTheDocument();

    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('555 0100');
    await userEvent.type(screen.getByRole('textbox', { name: 'Twitter' }), 'ada');
    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    expect(screen.getByRole('textbox', { name: 'Twitter' })).toHaveValue('');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('takes the phone as [country] [number]: sent in E.164, shown formatted while typed; a refused one says why by the field', async () => {
    const onSave = saver()
      .mockRejectedValueOnce(refusal({ 'input.phone': 'is not a valid phone number for the country chosen' }))
      .mockResolvedValueOnce();
    render(<ContactEditor contact={{ phone: '+442079460958' }} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    const country = screen.getByRole('combobox', { name: 'Phone country code' });
    const phone = screen.getByRole('textbox', { name: 'Phone' });
    // The stored E.164 number opens as its region and national number.
    expect(country).toHaveValue('GB');
    expect(phone).toHaveValue('020 7946 0958');

    await userEvent.selectOptions(country, 'DE');
    expect(screen.getByRole('option', { name: 'Germany +49', selected: true })).toBeInTheDocument();
    await userEvent.clear(phone);
    await userEvent.type(phone, '123');
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    // Not a number: sent after the picked calling code, for the API to say why.
    expect(onSave).toHaveBeenCalledWith({ phone: '+49 123' });
    expect(phone).toHaveAccessibleDescription(/Phone is not a valid phone number for the country chosen/);
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveValue('123');

    await userEvent.clear(phone);
    await userEvent.type(phone, '030 901820');
    expect(screen.getByText('+49 30 901820')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save contact information' }));
    expect(onSave).toHaveBeenLastCalledWith({ phone: '+4930901820' });
  });

  it('takes per-record hints: an agent’s CRM phone is not their Preferences phone', async () => {
    render(<ContactEditor contact={{}} canEdit onSave={saver()} hints={{ phone: 'Not the Preferences (SMS) phone' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit contact information' }));
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveAccessibleDescription('Not the Preferences (SMS) phone');
    expect(screen.getByRole('textbox', { name: 'Website' })).toHaveAccessibleDescription('For example acme.example');
  });

  it('links only http(s) addresses, Twitter to x.com and phones with tel:; each value has a copy button', () => {
    render(
      <ContactEditor
        contact={{
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
    expect(screen.getAllByRole('term').map((t) => t.textContent)).toEqual(['Phone', 'Website', 'Twitter', 'LinkedIn', 'Mailing address']);
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

  it('asks before leaving the record with unsaved edits, not without', async () => {
    const user = userEvent.setup();
    const routes = [
      {
        path: '/crm/users/1',
        element: (
          <UnsavedEditsScope>
            <ContactEditor contact={{ phone: '555 0100' }} canEdit onSave={saver()} />
            <Link to="/crm">Users</Link>
          </UnsavedEditsScope>
        ),
      },
      { path: '/crm', element: <LocationProbe name="list" /> },
    ];
    renderRoutes(routes, '/crm/users/1');
    await user.click(screen.getByRole('button', { name: 'Edit contact information' }));
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '1');
    await user.click(screen.getByRole('link', { name: 'Users' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    expect(dialog).toHaveTextContent('You have unsaved changes to contact information on this page.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByRole('textbox', { name: 'Phone' })).toHaveValue('555 01001');

    // The edit undone by hand: nothing to lose, nothing asked.
    await user.type(screen.getByRole('textbox', { name: 'Phone' }), '{Backspace}');
    await user.click(screen.getByRole('link', { name: 'Users' }));
    expect(await screen.findByTestId('location')).toHaveTextContent('list /crm');
  });
});

describe('ContactValue phone', () => {
  it('shows a number stored in E.164 in its international format, dialled as stored; older text as it is', () => {
    const { unmount } = render(<ContactValue field="phone" value="+442079460958" />);
    expect(screen.getByRole('link', { name: '+44 20 7946 0958' })).toHaveAttribute('href', 'tel:+442079460958');
    unmount();
    render(<ContactValue field="phone" value="555 0100" />);
    expect(screen.getByRole('link', { name: '555 0100' })).toHaveAttribute('href', 'tel:5550100');
  });
});
