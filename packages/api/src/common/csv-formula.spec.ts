import { guardCsvFormula, unguardCsvFormula } from './csv-formula';

describe('CSV formula guard', () => {
  it('marks cells a spreadsheet would run, also after leading spaces, and reading back drops only the marker', () => {
    for (const cell of [
      '=1+2',
      '+A1',
      '-1+2',
      '+1 Plus',
      '-x',
      '+',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '\t+1',
      '  =HYPERLINK("x")',
      ' @x',
      ' -A1',
    ]) {
      expect(guardCsvFormula(cell)).toBe(`'${cell}`);
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    for (const cell of ['plain', "'quoted", 'a=b', '', 'x+1']) expect(guardCsvFormula(cell)).toBe(cell);
  });

  it('leaves phone numbers and plain signed numbers alone', () => {
    for (const cell of [
      '+1 555 0100',
      '+49 (30) 1234-5678',
      '+44.20.7946.0958',
      '+1-555-0100',
      ' +33 1 23',
      '-1',
      '+3.5',
      '-1,000.25',
      '\u22122',
    ]) {
      expect(guardCsvFormula(cell)).toBe(cell);
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    // A phone with anything else in it is no phone.
    for (const cell of ['+1 555 0100 ext', '+1;2', '+1/2', '-1e5', '-(1)']) expect(guardCsvFormula(cell)).toBe(`'${cell}`);
  });

  it('reads the marker of earlier exports, which guarded phones too', () => {
    expect(unguardCsvFormula("'+1 555 0100")).toBe('+1 555 0100');
    expect(unguardCsvFormula("'-1")).toBe('-1');
  });

  it('is reversible: a value that already starts with an apostrophe before a formula or a phone reads back as itself', () => {
    for (const cell of ["'=x", "''=x", "' =x", "'+1", "'+1 555", "'quoted", "'", "''", '=x', 'plain', "a'=b", '+1 555']) {
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    expect(guardCsvFormula("'=x")).toBe("''=x");
    expect(guardCsvFormula("'+1")).toBe("''+1");
    // A file typed by hand: one apostrophe before a formula is the marker, as before.
    expect(unguardCsvFormula("'=x")).toBe('=x');
    // Long runs of apostrophes are no recursion.
    expect(unguardCsvFormula(guardCsvFormula(`${"'".repeat(200_000)}=x`))).toBe(`${"'".repeat(200_000)}=x`);
  });

  it('marks the forms spreadsheets read as = + - @ too: full-width, small, the minus sign, after any space', () => {
    for (const cell of [
      '\uFF1D1+2',
      '\uFF0BA1',
      '\uFF0DA1',
      '\uFF20SUM(A1)',
      '\uFE661',
      '\uFE62A1',
      '\uFE63A1',
      '\uFE6Bx',
      '\u2212A1',
      '\u3000\uFF1Dx',
      '\u00A0=x',
    ]) {
      expect(guardCsvFormula(cell)).toBe(`'${cell}`);
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    for (const cell of ['\uFF21', 'x\uFF1D1', '\uFF0B1 555']) expect(guardCsvFormula(cell)).toBe(cell);
  });
});
