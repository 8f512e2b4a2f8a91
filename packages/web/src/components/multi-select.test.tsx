import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MultiSelect, type MultiSelectOption } from './multi-select';

const TEAMS: MultiSelectOption[] = [
  { value: '1', label: 'Billing' },
  { value: '2', label: 'Support' },
  { value: '3', label: 'Sales', note: '(built-in)' },
];

/** The multi-select with its value held as a form would hold it. */
function Harness({ options = TEAMS, initial = [] as string[], onChange = (_: string[]) => {}, error = undefined as string | undefined }) {
  const [value, setValue] = useState(initial);
  return (
    <MultiSelect
      label="Teams"
      options={options}
      value={value}
      error={error}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

const group = () => screen.getByRole('group', { name: 'Teams' });

describe('MultiSelect', () => {
  it('counts what is ticked and reports the values in the options order', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(group()).toHaveAccessibleDescription(/0 of 3 selected/);
    await userEvent.click(screen.getByRole('checkbox', { name: /^Sales/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Billing' }));
    expect(onChange).toHaveBeenLastCalledWith(['3', '1']);
    expect(within(group()).getByText('2 of 3 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /^Sales/ }));
    expect(onChange).toHaveBeenLastCalledWith(['1']);
  });

  it('selects all, then clears all', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} initial={['2']} />);
    await userEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(onChange).toHaveBeenLastCalledWith(['1', '2', '3']);
    expect(screen.getByText('3 of 3 selected')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all' }));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(screen.queryAllByRole('checkbox', { checked: true })).toHaveLength(0);
  });

  it('shows only the selected options on request', async () => {
    render(<Harness initial={['2']} />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show only selected' }));
    expect(screen.getByRole('checkbox', { name: 'Support' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: 'Billing' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Support' }));
    expect(screen.getByText('Nothing selected yet.')).toBeInTheDocument();
  });

  it('offers a filter box for long lists', async () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ value: String(i), label: `Team ${i}` }));
    render(<Harness options={many} />);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter teams' }), 'team 1');
    expect(screen.getAllByRole('checkbox', { name: /^Team/ }).map((c) => c.closest('label')!.textContent)).toEqual([
      'Team 1',
      'Team 10',
      'Team 11',
    ]);
    expect(screen.queryByRole('searchbox')).toBeInTheDocument();
  });

  it('has no filter box for short lists', () => {
    render(<Harness />);
    expect(screen.queryByRole('searchbox')).not.toBeInTheDocument();
  });

  it('shows an error after its label and marks the group invalid', () => {
    render(<Harness error="contains an unknown team" />);
    expect(group()).toHaveAttribute('aria-invalid', 'true');
    expect(group()).toHaveAccessibleDescription(/Teams contains an unknown team/);
  });

  it('says so when there is nothing to choose', () => {
    render(<Harness options={[]} />);
    expect(screen.getByText('Nothing to choose from yet.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
  });
});
