import { describe, expect, it } from 'vitest';
import { formFieldErrors } from './server-field-errors';

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
