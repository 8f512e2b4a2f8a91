import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ImportJob } from './import-kind';
import { ImportErrors } from './import-preview';
import { errorSentence, rawEmailCell } from './import-words';

type RowError = ImportJob['errors'][number];

const invalid = (row: number, value: string | null, message: string): RowError => ({
  __typename: 'ImportRowError',
  row,
  column: 'Email',
  code: 'INVALID_EMAIL',
  message,
  value,
});

describe('a row refused for a missing permission', () => {
  it('says it in words, without the permission key the API names for integrators', () => {
    const refused = {
      code: 'UNKNOWN_ORGANIZATION',
      message: 'There is no organization "Acme", and your permissions do not include creating one (people.manage_organizations)',
      row: 3,
      column: 'Organization',
      value: null,
    };
    expect(errorSentence(refused)).toBe(
      'No organization has this name: There is no organization "Acme", and your permissions do not include creating one',
    );
  });
});

describe('an invalid email cell in the import screens', () => {
  it('is quoted as the API kept it, with the data row and the spreadsheet row', () => {
    expect(errorSentence(invalid(7, 'bob@@example', 'bob@@example is not a valid email address'))).toBe(
      'Row 7 (spreadsheet row 8): email "bob@@example" is not a valid email address',
    );
    // The problem comes from the end of the message, whatever the cell holds (here words that look like one).
    const tricky = 'you must see this is not a valid email address';
    expect(
      errorSentence(invalid(2, tricky, `${tricky} must use ASCII letters, digits and symbols only (write IDN domains as xn--...)`)),
    ).toBe(`Row 2 (spreadsheet row 3): email "${tricky}" must use ASCII letters, digits and symbols only (write IDN domains as xn--...)`);
  });

  it("is the preview row's Email cell, taken from the error's value rather than its message", () => {
    const long = `${'x'.repeat(200)}…`;
    const errors = [invalid(3, long, `${'x'.repeat(60)}… is not a valid email address`)];
    expect(rawEmailCell(errors, 3)).toBe(long);
    expect(rawEmailCell(errors, 4)).toBeUndefined();
  });

  it('is shown as text in the errors table, never as markup', () => {
    const markup = '<img src=x onerror=alert(1)>@@x';
    const job = { errors: [invalid(1, markup, `${markup} is not a valid email address`)], errorCount: 1 } as unknown as ImportJob;
    const { container } = render(<ImportErrors job={job} />);
    const row = within(screen.getByRole('table', { name: 'Errors' })).getAllByRole('row')[1];
    expect(row).toHaveTextContent(`Row 1 (spreadsheet row 2): email "${markup}" is not a valid email address`);
    expect(container.querySelector('img')).toBeNull();
  });
});
