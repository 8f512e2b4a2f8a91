import { describe, expect, it } from 'vitest';
import { inviteRows, parseEmailList } from './parse-email-list';

describe('parseEmailList', () => {
  it('splits on lines, commas, semicolons, spaces and tabs, keeping order and dropping blanks', () => {
    expect(parseEmailList('a@x.com\r\nb@x.com, c@x.com;d@x.com  e@x.com\tf@x.com\n\n ,; \n')).toEqual([
      'a@x.com',
      'b@x.com',
      'c@x.com',
      'd@x.com',
      'e@x.com',
      'f@x.com',
    ]);
  });

  it('keeps duplicates and invalid entries for the API to answer', () => {
    expect(parseEmailList('a@x.com\nnot-an-address\nA@x.com')).toEqual(['a@x.com', 'not-an-address', 'A@x.com']);
  });

  it('takes the address inside angle brackets', () => {
    expect(parseEmailList('Ann Lee <ann@x.com>; "Bo" <bo@x.com>\ncy@x.com')).toEqual(['ann@x.com', 'bo@x.com', 'cy@x.com']);
  });

  it('finds nothing in an empty or blank list', () => {
    expect(parseEmailList('')).toEqual([]);
    expect(parseEmailList(' \n\t ,;')).toEqual([]);
  });
});

describe('inviteRows', () => {
  const invitation = (email: string) => ({ __typename: 'Invitation' as const, id: email, email, expiresAt: '2030-01-01T00:00:00Z' });
  const failure = (email: string, code: string) => ({ __typename: 'BulkInviteFailure' as const, email, code, message: `${code} msg` });

  it('lines invitations and failures up with the list, in list order', () => {
    const rows = inviteRows(['A@x.com', 'bad', 'a@x.com', 'b@x.com'], {
      invited: [invitation('a@x.com'), invitation('b@x.com')],
      failed: [failure('bad', 'INVALID_EMAIL'), failure('a@x.com', 'DUPLICATE_IN_LIST')],
      missingSeats: 0,
    });
    expect(rows).toEqual([
      { email: 'a@x.com', invited: true },
      { email: 'bad', invited: false, code: 'INVALID_EMAIL', message: 'INVALID_EMAIL msg' },
      { email: 'a@x.com', invited: false, code: 'DUPLICATE_IN_LIST', message: 'DUPLICATE_IN_LIST msg' },
      { email: 'b@x.com', invited: true },
    ]);
  });

  it('shows every address as failed when seats are missing', () => {
    const rows = inviteRows(['a@x.com', 'b@x.com'], {
      invited: [],
      failed: [failure('a@x.com', 'NO_SEAT'), failure('b@x.com', 'NO_SEAT')],
      missingSeats: 1,
    });
    expect(rows.map((r) => r.invited)).toEqual([false, false]);
  });

  it('still shows answers that do not line up with the list', () => {
    const rows = inviteRows(['a@x.com'], { invited: [invitation('z@x.com')], failed: [], missingSeats: 0 });
    expect(rows).toEqual([{ email: 'z@x.com', invited: true }]);
  });
});
