import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it, vi } from 'vitest';
import { FieldForm, type FieldFormValues } from './field-form';

const PLAN = {
  id: '7',
  name: 'Plan',
  type: 'DROPDOWN' as const,
  description: null,
  options: ['Free', 'Pro', 'Old'],
  position: 0,
  enabled: true,
};

describe('FieldForm', () => {
  it('sends renamed options as renames, removed ones left out, and keeps the edits when the API refuses', async () => {
    const onSave = vi
      .fn<(values: FieldFormValues) => Promise<unknown>>()
      .mockRejectedValueOnce(
        new CombinedGraphQLErrors({
          errors: [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields: { 'input.options.1': 'is listed twice' } } }],
        }),
      )
      .mockResolvedValueOnce(true);
    render(<FieldForm field={PLAN} submitLabel="Save field" onSave={onSave} />);
    expect(screen.getByRole('combobox', { name: 'Type' })).toBeDisabled();
    await userEvent.clear(screen.getByRole('textbox', { name: 'Option 2' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Option 2' }), 'free');
    await userEvent.click(screen.getByRole('button', { name: 'Remove option 3' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add option' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Option 3' }), 'Enterprise');
    await userEvent.click(screen.getByRole('button', { name: 'Save field' }));
    expect(onSave).toHaveBeenLastCalledWith({
      name: 'Plan',
      type: 'DROPDOWN',
      description: null,
      options: ['Free', 'free', 'Enterprise'],
      renamedOptions: [{ from: 'Pro', to: 'free' }],
      enabled: true,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Option 2 is listed twice');
    const second = screen.getByRole('textbox', { name: 'Option 2' });
    expect(second).toHaveValue('free');
    expect(second).toHaveAccessibleDescription('Option 2 is listed twice');

    await userEvent.clear(second);
    await userEvent.type(second, 'Premium');
    await userEvent.click(screen.getByRole('button', { name: 'Save field' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ renamedOptions: [{ from: 'Pro', to: 'Premium' }] }));
  });

  it('creates a text field without options; a dropdown drops blank new options', async () => {
    const onSave = vi.fn<(values: FieldFormValues) => Promise<unknown>>().mockResolvedValue(true);
    render(<FieldForm submitLabel="Create field" onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), 'Notes');
    await userEvent.click(screen.getByRole('button', { name: 'Create field' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Notes', type: 'TEXT', options: undefined }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'DROPDOWN');
    await userEvent.type(screen.getByRole('textbox', { name: 'Option 1' }), 'A');
    await userEvent.click(screen.getByRole('button', { name: 'Create field' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ type: 'DROPDOWN', options: ['A'], renamedOptions: [] }));
  });

  it('refuses a blank name at its box without asking the API', async () => {
    const onSave = vi.fn<(values: FieldFormValues) => Promise<unknown>>().mockResolvedValue(true);
    render(<FieldForm submitLabel="Create field" onSave={onSave} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Name' }), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Create field' }));
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name is required');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('edits a saved field: the type stays, Enabled is sent as unticked', async () => {
    const onSave = vi.fn<(values: FieldFormValues) => Promise<unknown>>().mockResolvedValue(true);
    render(<FieldForm field={{ ...PLAN, type: 'TEXT', options: [] }} submitLabel="Save field" onSave={onSave} />);
    await userEvent.click(screen.getByRole('checkbox', { name: /^Enabled/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Save field' }));
    expect(onSave).toHaveBeenLastCalledWith(expect.objectContaining({ name: 'Plan', type: 'TEXT', enabled: false }));
  });
});
