import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DisplayError } from '../lib/errors';
import { FormAlert } from './form-alert';

const LABELS = { email: 'Email', name: 'Name' };
const error = (over: Partial<DisplayError>): DisplayError => ({ code: 'BAD_USER_INPUT', message: 'Invalid input', fields: {}, ...over });

describe('FormAlert', () => {
  it('renders nothing without an error', () => {
    const { container } = render(<FormAlert error={null} labels={LABELS} />);
    expect(container).toBeEmptyDOMElement();
  });

  it("shows the server's message when the error has no field errors", () => {
    render(<FormAlert error={error({ code: 'FORBIDDEN', message: 'Only administrators can do that' })} labels={LABELS} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Only administrators can do that$/);
  });

  it('lists field errors by label when every field belongs to the form', () => {
    render(<FormAlert error={error({ fields: { email: 'is already used by another agent', name: 'is required' } })} labels={LABELS} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Please correct the following:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Email is already used by another agent', 'Name is required']);
    expect(alert).not.toHaveTextContent('Invalid input');
  });

  it('falls back to the message when a field is not on the form (no label to name it by)', () => {
    render(<FormAlert error={error({ fields: { email: 'is invalid', teamIds: 'unknown team' } })} labels={LABELS} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/^Invalid input$/);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('adds a hint for rate limiting', () => {
    render(<FormAlert error={error({ code: 'RATE_LIMITED', message: 'Too many sign-in attempts' })} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Too many sign-in attempts');
    expect(screen.getByRole('alert')).toHaveTextContent('Wait a moment before trying again.');
  });
});
