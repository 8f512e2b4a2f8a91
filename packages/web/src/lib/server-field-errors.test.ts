import { describe, expect, it } from 'vitest';
import { fieldPathLabel, formFieldErrors, ordinal } from './server-field-errors';

describe('formFieldErrors', () => {
  it("splits the API's field paths into the form's fields and the rest", () => {
    const error = {
      code: 'BAD_USER_INPUT',
      message: 'Some fields are not valid.',
      fields: { 'input.email': 'is taken', 'input.teamIds.1': 'is unknown', 'input.teamIds.3': 'is unknown too', id: 'is not an id' },
    };
    expect(formFieldErrors(error, ['email', 'teamIds', 'name'])).toEqual({
      fields: { email: 'is taken', teamIds: 'is unknown' },
      unmatched: { id: 'is not an id' },
      byPath: { id: 'is not an id', 'input.email': 'is taken', 'input.teamIds': 'is unknown' },
    });
  });
});

describe('fieldPathLabel', () => {
  const labels = { 'input.teamIds': 'Teams', 'input.extraEmails': 'Extra email addresses', 'input.email': 'Email' };
  const items = {
    'input.teamIds': { noun: 'team', nameOf: (i: number) => ['Night shift'][i] },
    'input.extraEmails': { noun: 'address' },
  };

  it('puts a list item in words: its name when known, else its position', () => {
    expect(fieldPathLabel('input.email', labels, items)).toBe('Email');
    expect(fieldPathLabel('input.teamIds.0', labels, items)).toBe('Teams: Night shift');
    expect(fieldPathLabel('input.teamIds.2', labels, items)).toBe('Teams: the third team');
    expect(fieldPathLabel('input.extraEmails.1', labels, items)).toBe('Extra email addresses: the second address');
    expect(fieldPathLabel('input.teamIds.11', labels)).toBe('Teams: the 12th entry');
    expect(fieldPathLabel('input.unknown.1', labels, items)).toBeUndefined();
  });

  it('counts past ten in figures', () => {
    expect([0, 9, 10, 11, 12, 20, 21, 22, 102, 110].map(ordinal)).toEqual([
      'first',
      'tenth',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '103rd',
      '111th',
    ]);
  });
});
