import fs from 'node:fs';
import { pipeline, Transform, TransformCallback } from 'node:stream';
import { parse } from 'csv-parse';
import { AGENT_CSV_MAX_ROW_CHARS, detectCsvDelimiter } from '@roster/shared';

/** A problem with the file as a whole: the import stops and FAILS with nothing written. */
export class CsvFileError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly row = 0,
  ) {
    super(message);
  }
}

export interface CsvRecord {
  /** 1 = the first data row (the header and empty lines are not counted). */
  row: number;
  cells: string[];
  /** The row was over the length limit and not read: a row error (its message). */
  tooLong?: string;
}

const HEAD_BYTES = 64 * 1024;

/** Reads the start of the file to find the header line's delimiter. */
async function sniffDelimiter(file: string): Promise<',' | ';'> {
  const fh = await fs.promises.open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    const head = buf
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const firstLine = head.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
    return detectCsvDelimiter(firstLine);
  } finally {
    await fh.close();
  }
}

/** The one cell of a record the guard stood in for a data row over the limit (NUL never reaches it from a file). */
const TOO_LONG_MARKER = '\u0000ROW_TOO_LONG';
const tooLongMessage = (row: number) =>
  `Row ${row} is longer than ${AGENT_CSV_MAX_ROW_CHARS.toLocaleString('en')} characters (a cell over its limit): it was not read`;

/**
 * Bytes to text: strict UTF-8 (a byte that is not UTF-8, or a NUL, means a binary or wrongly
 * encoded file), BOM removed, and no row longer than AGENT_CSV_MAX_ROW_CHARS reaches the CSV parser:
 * each record is held until its end (at most that long), and a data row over the limit is passed
 * on as one marker cell (a row error; the rest of the file is read), so a 10 MB cell costs 100 kB.
 * A quote that never closes runs to the end of the file: that, and a header over the limit, fail
 * the whole file.
 */
class Utf8Guard extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private quoted = false;
  private records = 0;
  private recordHasText = false;
  /** The current record's text so far; null while skipping a record over the limit. */
  private pending: string[] | null = [];
  private pendingChars = 0;

  constructor() {
    super({ decodeStrings: true });
  }

  _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      return done(new CsvFileError('NOT_UTF8', 'The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again'));
    }
    const out: string[] = [];
    const problem = this.scan(text, out);
    if (problem) return done(problem);
    done(null, out.length ? out.join('') : undefined);
  }

  _flush(done: TransformCallback): void {
    let rest: string;
    try {
      rest = this.decoder.decode();
    } catch {
      return done(new CsvFileError('NOT_UTF8', 'The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again'));
    }
    const out: string[] = [];
    const problem = this.scan(rest, out);
    if (problem) return done(problem);
    if (this.pending === null) {
      // Still skipping at the end: the long record never ended (a quote that is never closed).
      return done(
        new CsvFileError(
          'ROW_TOO_LONG',
          `Row ${this.records} is longer than ${AGENT_CSV_MAX_ROW_CHARS.toLocaleString('en')} characters up to the end of the file (a quote that is never closed)`,
          this.records,
        ),
      );
    }
    out.push(...this.pending);
    done(null, out.length ? out.join('') : undefined);
  }

  private scan(text: string, out: string[]): CsvFileError | null {
    let from = 0;
    const keep = (to: number) => {
      if (this.pending && to > from) {
        this.pending.push(text.slice(from, to));
        this.pendingChars += to - from;
      }
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0) return new CsvFileError('BINARY_FILE', 'The file contains binary data (a NUL byte): upload a CSV text file');
      if (c === 34) this.quoted = !this.quoted;
      if (c === 10 && !this.quoted) {
        keep(i + 1);
        from = i + 1;
        if (this.pending) out.push(...this.pending);
        else out.push(`${TOO_LONG_MARKER}\n`);
        if (this.recordHasText) this.records++;
        this.pending = [];
        this.pendingChars = 0;
        this.recordHasText = false;
        continue;
      }
      if (c !== 13 && c !== 32) this.recordHasText = true;
      if (this.pending && this.pendingChars + (i + 1 - from) > AGENT_CSV_MAX_ROW_CHARS) {
        // records counts the header too, so it is the number of the data row being read.
        if (this.records === 0) {
          return new CsvFileError(
            'ROW_TOO_LONG',
            `The header row is longer than ${AGENT_CSV_MAX_ROW_CHARS.toLocaleString('en')} characters (a quote that is never closed?)`,
            0,
          );
        }
        this.pending = null;
        this.pendingChars = 0;
      }
    }
    keep(text.length);
    return null;
  }
}

/**
 * The file's header and data rows, streamed (csv-parse, RFC 4180 quoting, CRLF or LF, `,` or `;`
 * detected from the header line, empty lines skipped). csv-parse rather than fast-csv: fast-csv
 * allocated about 20 kB per 100-byte row (a copy of the rest of its chunk per cell), most of an
 * import's garbage (`pnpm bench import` prints the peak memory). Row numbers count data rows only.
 */
export async function* readCsv(file: string): AsyncGenerator<{ header: string[] } | CsvRecord> {
  const delimiter = await sniffDelimiter(file);
  // Lenient as spreadsheets write: rows of any length (the header decides the columns), a quote
  // inside an unquoted cell kept as text, blank rows (only spaces and delimiters) skipped.
  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_empty_values: true,
  });
  pipeline(fs.createReadStream(file, { highWaterMark: 256 * 1024 }), new Utf8Guard(), parser, () => undefined);
  let row = 0;
  try {
    for await (const cells of parser as AsyncIterable<string[]>) {
      if (row === 0) yield { header: cells };
      else if (cells.length === 1 && cells[0] === TOO_LONG_MARKER) yield { row, cells: [], tooLong: tooLongMessage(row) };
      else yield { row, cells };
      row++;
    }
  } catch (e) {
    if (e instanceof CsvFileError) throw e;
    throw new CsvFileError('MALFORMED_CSV', `The file is not valid CSV after data row ${Math.max(0, row - 1)}: ${(e as Error).message}`);
  }
  if (row === 0) throw new CsvFileError('NO_HEADER', 'The file is empty: it needs a header row (Email, Name, Permission Groups, ...)');
}
