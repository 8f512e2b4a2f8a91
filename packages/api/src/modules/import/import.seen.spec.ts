import { hashOf, SeenEmails } from './import.seen';

describe('SeenEmails', () => {
  it('answers the first row of an address, and nothing for a new one or the same row again', () => {
    const seen = new SeenEmails();
    expect(seen.claim('ada@example.com', 1)).toBeUndefined();
    expect(seen.claim('bob@example.com', 2)).toBeUndefined();
    expect(seen.claim('ada@example.com', 3)).toBe(1);
    expect(seen.claim('ada@example.com', 1)).toBeUndefined();
    expect(seen.claim('zoë@exämple.com', 4)).toBeUndefined();
    expect(seen.claim('zoë@exämple.com', 5)).toBe(4);
  });

  it('tells apart addresses whose hashes are equal', () => {
    // Two different addresses with the same 30-bit hash (found by trying: about 2^15 needed).
    const byHash = new Map<number, string>();
    let pair: [string, string] | null = null;
    for (let i = 0; !pair; i++) {
      const email = `user${i}@example.com`;
      const other = byHash.get(hashOf(email));
      if (other !== undefined) pair = [other, email];
      else byHash.set(hashOf(email), email);
    }
    const seen = new SeenEmails();
    expect(seen.claim(pair[0], 10)).toBeUndefined();
    expect(seen.claim(pair[1], 11)).toBeUndefined();
    expect(seen.claim(pair[1], 12)).toBe(11);
    expect(seen.claim(pair[0], 13)).toBe(10);
  });

  it('keeps every address of a large file (its buffers grow)', () => {
    const seen = new SeenEmails();
    const n = 50_000;
    const firstClaims = Array.from({ length: n }, (_, i) => seen.claim(`person.${i + 1}@example.com`, i + 1));
    expect(firstClaims.every((r) => r === undefined)).toBe(true);
    const again = Array.from({ length: 50 }, (_, i) => 1 + i * 997);
    expect(again.map((row) => seen.claim(`person.${row}@example.com`, n + row))).toEqual(again);
  });
});
