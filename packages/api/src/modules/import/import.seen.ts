/**
 * The rows an address was first seen on, so that a second spelling of one (A@x.com after a@x.com)
 * is caught: every address of a file is kept until its pass ends (100,000 rows: the import's only
 * memory that grows with the file). Kept compact: a Map of 100,000 address strings held about 185
 * bytes a row (its table, the strings, the concatenated strings they were built as), 18 MB of live
 * heap for 100,000 rows (issue 23 item 3, heap snapshots in docs/performance.md). Here the
 * addresses' UTF-8 bytes sit one after another in one buffer, their rows in a typed array, and a
 * Map from a small (Smi) hash to the claim finds them; equal hashes are told apart by the bytes,
 * so the answer is exact.
 */
export class SeenEmails {
  /** Hash → the index of the claim with it, or several when addresses share a hash. */
  private readonly byHash = new Map<number, number | number[]>();
  private bytes = Buffer.allocUnsafe(64 * 1024);
  /** Claim i's address is bytes[starts[i], starts[i + 1]); its row is rows[i]. */
  private starts = new Uint32Array(1024);
  private rows = new Uint32Array(1024);
  private claims = 0;

  /** The earlier row that had `email`, or undefined (and `email` is now this row's). */
  claim(email: string, row: number): number | undefined {
    const hash = hashOf(email);
    const found = this.byHash.get(hash);
    const candidates = found === undefined ? [] : typeof found === 'number' ? [found] : found;
    const bytes = candidates.length ? Buffer.from(email, 'utf8') : null;
    for (const c of candidates) {
      if (bytes!.equals(this.bytes.subarray(this.starts[c], this.starts[c + 1]))) {
        const first = this.rows[c];
        return first === row ? undefined : first;
      }
    }
    const c = this.add(email, row);
    if (found === undefined) this.byHash.set(hash, c);
    else if (typeof found === 'number') this.byHash.set(hash, [found, c]);
    else found.push(c);
    return undefined;
  }

  private add(email: string, row: number): number {
    const c = this.claims++;
    if (c + 2 > this.starts.length) {
      this.starts = grown(this.starts);
      this.rows = grown(this.rows);
    }
    const at = this.starts[c];
    const need = Buffer.byteLength(email, 'utf8');
    if (at + need > this.bytes.length) {
      const more = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, at + need));
      this.bytes.copy(more, 0, 0, at);
      this.bytes = more;
    }
    this.bytes.write(email, at, 'utf8');
    this.starts[c + 1] = at + need;
    this.rows[c] = row;
    return c;
  }
}

function grown(a: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(a.length * 2);
  b.set(a);
  return b;
}

/** FNV-1a over the UTF-16 code units, kept to 30 bits: a small integer, stored in the Map without a boxed number. */
export function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}
