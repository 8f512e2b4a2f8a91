import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import type { UpdateUserInput } from '../../../gql/graphql';
import type { CustomFieldDef } from './properties-draft';
import { UserProperties } from './user-properties';

const FIELDS: CustomFieldDef[] = [
  { id: '1', name: 'Plan', type: 'DROPDOWN', description: 'Their subscription', options: ['Free', 'Pro'], enabled: true },
  { id: '2', name: 'Renewal', type: 'DATE', description: null, options: [], enabled: true },
  { id: '3', name: 'Seats', type: 'NUMBER', description: null, options: [], enabled: true },
  { id: '4', name: 'VIP', type: 'CHECKBOX', description: null, options: [], enabled: true },
  { id: '5', name: 'Old', type: 'TEXT', description: null, options: [], enabled: false },
];
const USER = {
  timezone: 'Europe/Berlin',
  language: 'de',
  localTime: '2026-12-02T09:15:00+01:00',
  customFields: [{ field: { id: '1' }, value: 'Pro' }],
};

const refusal = (fields: Record<string, string>) =>
  new CombinedGraphQLErrors({ errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }] });

describe('UserProperties', () => {
  it('shows timezone with local time, language and only the custom fields with a value', () => {
    const { container } = render(<UserProperties user={USER} fields={FIELDS} canEdit={false} onSave={vi.fn()} />);
    const list = container.querySelector('dl')!;
    expect(list).toHaveTextContent('Europe/Berlin · local time 09:15, Wed 2 Dec');
    expect(list).toHaveTextContent(/German \(de\)/);
    expect(list).toHaveTextContent('PlanPro');
    expect(within(list).queryByText('Renewal')).toBeNull();
    expect(within(list).queryByText('VIP')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit properties' })).toBeNull();
  });

  it('edits every enabled field with its control, sends only the changes, and keeps the draft with the reasons when the save fails', async () => {
    const onSave = vi
      .fn<(input: UpdateUserInput) => Promise<void>>()
      .mockRejectedValueOnce(
        refusal({ 'input.customFields.0.value': 'must be a number such as 42', 'input.timezone': 'is not a known time zone' }),
      )
      .mockResolvedValueOnce();
    render(<UserProperties user={USER} fields={FIELDS} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit properties' }));
    expect(screen.getByRole('combobox', { name: 'Plan' })).toHaveValue('Pro');
    expect(screen.getByRole('combobox', { name: 'Plan' })).toHaveAccessibleDescription('Their subscription');
    expect(screen.getByLabelText('Renewal')).toHaveAttribute('type', 'date');
    expect(screen.queryByLabelText('Old')).toBeNull();
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await userEvent.clear(zone);
    await userEvent.type(zone, 'tokyo{Enter}');
    await userEvent.type(screen.getByRole('textbox', { name: 'Seats' }), '1,5');
    await userEvent.click(screen.getByRole('checkbox', { name: 'VIP' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save properties' }));

    expect(onSave).toHaveBeenCalledWith({
      timezone: 'Asia/Tokyo',
      customFields: [
        { fieldId: '3', value: '1,5' },
        { fieldId: '4', value: 'true' },
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Some properties were not saved');
    const seats = screen.getByRole('textbox', { name: 'Seats' });
    expect(seats).toHaveValue('1,5');
    expect(seats).toHaveAccessibleDescription('Seats must be a number such as 42');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveAccessibleDescription(/Time zone is not a known time zone$/);
    expect(screen.getByRole('checkbox', { name: 'VIP' })).toBeChecked();

    await userEvent.clear(seats);
    await userEvent.type(seats, '15');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), '');
    await userEvent.click(screen.getByRole('button', { name: 'Save properties' }));
    expect(onSave).toHaveBeenLastCalledWith({
      timezone: 'Asia/Tokyo',
      customFields: [
        { fieldId: '1', value: null },
        { fieldId: '3', value: '15' },
        { fieldId: '4', value: 'true' },
      ],
    });
    expect(await screen.findByRole('button', { name: 'Edit properties' })).toBeInTheDocument();
  });

  it('saves nothing when nothing changed (an untouched checkbox stays unset)', async () => {
    const onSave = vi.fn<(input: UpdateUserInput) => Promise<void>>().mockResolvedValue();
    render(<UserProperties user={USER} fields={FIELDS} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit properties' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save properties' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Edit properties' })).toBeInTheDocument();
  });

  it('Escape first closes an open time zone list, then drops the edits; the next Edit starts from the saved values', async () => {
    const onSave = vi.fn<(input: UpdateUserInput) => Promise<void>>();
    render(<UserProperties user={USER} fields={FIELDS} canEdit onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Edit properties' }));
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveFocus();
    await userEvent.clear(zone);
    await userEvent.type(zone, 'tokyo');
    expect(screen.getByRole('listbox')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).toBeNull();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Plan' }), 'Free');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('button', { name: 'Save properties' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit properties' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Plan' })).toHaveValue('Pro');
    expect((screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement).value).toContain('Europe/Berlin');
    expect(onSave).not.toHaveBeenCalled();
  });
});
