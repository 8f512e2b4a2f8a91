import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from './text-field';

function Controlled(props: { onChange?: (value: string) => void; error?: string; hint?: string }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      label="Email"
      type="email"
      name="email"
      required
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange?.(next);
      }}
      error={props.error}
      hint={props.hint}
    />
  );
}

describe('TextField', () => {
  it('labels its input and passes input attributes through', () => {
    render(<Controlled />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveAttribute('name', 'email');
    expect(input).toBeRequired();
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('hands the typed value to onChange', async () => {
    const onChange = vi.fn();
    render(<Controlled onChange={onChange} />);
    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.com');
    expect(screen.getByLabelText('Email')).toHaveValue('ann@example.com');
    expect(onChange).toHaveBeenLastCalledWith('ann@example.com');
    expect(onChange).toHaveBeenCalledTimes('ann@example.com'.length);
  });

  it('describes the input by its hint', () => {
    render(<Controlled hint="We never share it." />);
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('We never share it.');
  });

  it('marks the input invalid and words the error after the label', () => {
    render(<Controlled hint="We never share it." error="is already used by another agent" />);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('We never share it. Email is already used by another agent');
    expect(screen.getByText('Email is already used by another agent')).toBeInTheDocument();
  });

  it('gives each instance its own ids', () => {
    render(
      <>
        <TextField label="First" value="" onChange={() => undefined} hint="one" />
        <TextField label="Second" value="" onChange={() => undefined} hint="two" />
      </>,
    );
    expect(screen.getByLabelText('First')).toHaveAccessibleDescription('one');
    expect(screen.getByLabelText('Second')).toHaveAccessibleDescription('two');
    expect(screen.getByLabelText('First').id).not.toBe(screen.getByLabelText('Second').id);
  });
});
