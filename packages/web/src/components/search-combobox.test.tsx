import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SearchCombobox } from './search-combobox';

const ALL = ['Acme', 'Acorn Ltd', 'Bolt', 'Zeta'].map((name, i) => ({ id: String(i + 1), name }));
/** A stand-in for the server: the options whose name starts with the search. */
const useOptions = (search: string, skip: boolean) => ({
  options: skip ? [] : ALL.filter((o) => o.name.toLowerCase().startsWith(search.toLowerCase())),
  loading: false,
});

function Harness({ onChange }: { onChange: (id: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <SearchCombobox
      id="org"
      label="Organization"
      any="Any organization"
      value={value}
      onChange={(id) => {
        setValue(id);
        onChange(id);
      }}
      useOptions={useOptions}
    />
  );
}

describe('SearchCombobox', () => {
  it('searches as one types, chooses with the arrows and Enter, and clears with the first entry', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Organization' });
    expect(box).toHaveAttribute('aria-expanded', 'false');

    await user.type(box, 'ac');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = await screen.findAllByRole('option', { name: /^Ac/ });
    expect(options.map((o) => o.textContent)).toEqual(['Acme', 'Acorn Ltd']);
    // Typing highlights the first match; ArrowDown moves to the next.
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('2');
    expect(box).toHaveValue('Acorn Ltd');
    expect(box).toHaveAttribute('aria-expanded', 'false');

    // Escape closes without changing the filter; the chosen name comes back.
    await user.clear(box);
    await user.type(box, 'ze');
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('Acorn Ltd');
    expect(onChange).toHaveBeenCalledTimes(1);

    await user.click(box);
    await user.click(screen.getByRole('option', { name: 'Any organization' }));
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(box).toHaveValue('');
  });

  it('says "No matches" as a status (not an option), points aria-activedescendant at nothing, and Enter chooses nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Organization' });
    await user.type(box, 'xyz');
    expect(await screen.findByText('No matches')).toHaveAttribute('role', 'status');
    // Only the "any" entry is left in the listbox; nothing in it is highlighted.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Any organization']);
    expect(screen.getByRole('option', { name: 'Any organization' })).toHaveAttribute('aria-selected', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}');
    expect(onChange).not.toHaveBeenCalled();
    // Every id the input names is an option on the page.
    await user.clear(box);
    await user.type(box, 'b');
    await screen.findByRole('option', { name: 'Bolt' });
    expect(document.getElementById(box.getAttribute('aria-activedescendant')!)).toHaveTextContent('Bolt');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });
});
