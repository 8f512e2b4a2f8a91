import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LanguageField } from './language-field';
import { TimezoneField } from './timezone-field';
import { utcOffset } from '../lib/locale-options';

function Harness({
  kind,
  initial,
  onChange,
  notSet,
}: {
  kind: 'tz' | 'lang';
  initial: string;
  onChange: (v: string) => void;
  notSet?: string;
}) {
  const [value, setValue] = useState(initial);
  const props = {
    value,
    notSet,
    onChange: (v: string) => {
      setValue(v);
      onChange(v);
    },
  };
  return kind === 'tz' ? <TimezoneField {...props} /> : <LanguageField {...props} />;
}

describe('TimezoneField', () => {
  it('shows the saved zone with its offset, finds zones by city, and stores the IANA name', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness kind="tz" initial="Europe/Paris" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    expect(box).toHaveValue(`Europe/Paris (${utcOffset('Europe/Paris')})`);
    expect(box).toHaveAccessibleDescription(/Paris or America/);

    await user.clear(box);
    await user.type(box, 'new york');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([`America/New_York (${utcOffset('America/New_York')})`]);
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('America/New_York');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).toHaveValue(`America/New_York (${utcOffset('America/New_York')})`);
  });

  it('lists zones by region and moves through them with the arrows', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness kind="tz" initial="UTC" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(box);
    await user.type(box, 'europe/');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(20);
    expect(options.every((o) => o.textContent!.startsWith('Europe/'))).toBe(true);
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(options[2].textContent!.split(' ')[0]);
  });

  it('keeps the value and names no option when nothing matches', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness kind="tz" initial="Europe/Paris" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Time zone' });
    await user.clear(box);
    await user.type(box, 'Mars/Olympus');
    expect(screen.getByRole('status')).toHaveTextContent('No matches');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('{Enter}{Escape}');
    expect(onChange).not.toHaveBeenCalled();
    expect(box).toHaveValue(`Europe/Paris (${utcOffset('Europe/Paris')})`);
  });
});

describe('LanguageField', () => {
  it('finds a language by name or by tag and stores the tag', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness kind="lang" initial="en" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Language' });
    expect(box).toHaveValue('English (en)');
    await user.clear(box);
    await user.type(box, 'germ');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['German (de)']);
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('de');

    await user.clear(box);
    await user.type(box, 'pt-br');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Brazilian Portuguese (pt-BR)']);
  });

  it('offers "Not set" first where a value may be cleared, and keeps a saved tag it does not list', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Harness kind="lang" initial="gsw" notSet="Not set" onChange={onChange} />);
    const box = screen.getByRole('combobox', { name: 'Language' });
    expect(box).toHaveValue('gsw');
    await user.click(box);
    const options = screen.getAllByRole('option');
    expect(options[0]).toHaveTextContent('Not set');
    expect(options[1]).toHaveTextContent('gsw');
    expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('');
    expect(box).toHaveValue('');
  });
});
