import {
  AGENT_CSV_COLUMNS,
  detectCsvDelimiter,
  guardCsvFormula,
  mapCsvHeaders,
  parseYesNo,
  splitList,
  unguardCsvFormula,
} from '@roster/shared';

describe('agent CSV helpers', () => {
  it('parses Yes/No cells in every accepted spelling', () => {
    for (const v of ['Yes', 'yes', 'Y', 'y', 'TRUE', 'true', '1', ' yes ']) expect(parseYesNo(v, false)).toBe(true);
    for (const v of ['No', 'NO', 'n', 'False', 'false', '0', ' n ']) expect(parseYesNo(v, true)).toBe(false);
    for (const v of ['maybe', 'yess', '2', 'on']) expect(parseYesNo(v, true)).toBeUndefined();
  });

  it('uses the column default for an empty cell: Admin No, Reports No, Notifications Yes', () => {
    const dflt = (key: string) => AGENT_CSV_COLUMNS.find((c) => c.key === key)!.default!;
    expect(parseYesNo('', dflt('admin'))).toBe(false);
    expect(parseYesNo('  ', dflt('reports'))).toBe(false);
    expect(parseYesNo(undefined, dflt('notifications'))).toBe(true);
    expect(parseYesNo(null, true)).toBe(true);
  });

  it('splits list cells on ; , and |, trimming and dropping empties', () => {
    expect(splitList('1; 2,Support | Sales')).toEqual(['1', '2', 'Support', 'Sales']);
    expect(splitList('All Permissions')).toEqual(['All Permissions']);
    expect(splitList(' ;, | ')).toEqual([]);
    expect(splitList('')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
    expect(splitList('a;;b')).toEqual(['a', 'b']);
  });

  it('maps headers in any case and order, with a BOM, and unknown ones to null', () => {
    expect(
      mapCsvHeaders(['\uFEFFemail', ' NAME ', 'permission groups', 'Teams', 'ADMIN', 'reports', 'Notifications', 'signature', 'Phone']),
    ).toEqual(['email', 'name', 'permissionGroups', 'teams', 'admin', 'reports', 'notifications', 'signature', null]);
    expect(mapCsvHeaders(['Name', 'Email'])).toEqual(['name', 'email']);
    // Spaces (and underscores) are ignored as well as case.
    expect(mapCsvHeaders(['PermissionGroups', 'permission_groups', 'E Mail'])).toEqual(['permissionGroups', 'permissionGroups', 'email']);
  });

  it('detects the delimiter from the header line, ignoring quoted separators', () => {
    expect(detectCsvDelimiter('Email,Name,Permission Groups')).toBe(',');
    expect(detectCsvDelimiter('Email;Name;Permission Groups')).toBe(';');
    expect(detectCsvDelimiter('"a;b;c",Name')).toBe(',');
    expect(detectCsvDelimiter('Email')).toBe(',');
  });

  it('marks Email, Name and Permission Groups as required', () => {
    expect(AGENT_CSV_COLUMNS.filter((c) => c.required).map((c) => c.header)).toEqual(['Email', 'Name', 'Permission Groups']);
  });
});

describe('formula guard', () => {
  it('marks cells a spreadsheet would run, also after leading spaces, and reading back drops only the marker', () => {
    for (const cell of ['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '  =HYPERLINK("x")', ' @x']) {
      expect(guardCsvFormula(cell)).toBe(`'${cell}`);
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    for (const cell of ['plain', "'quoted", 'a=b', '']) expect(guardCsvFormula(cell)).toBe(cell);
  });

  it('is reversible: a value that already starts with an apostrophe before a formula reads back as itself', () => {
    for (const cell of ["'=x", "''=x", "' =x", "'+1", "'quoted", "'", "''", '=x', 'plain', "a'=b"]) {
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    expect(guardCsvFormula("'=x")).toBe("''=x");
    // A file typed by hand: one apostrophe before a formula is the marker, as before.
    expect(unguardCsvFormula("'=x")).toBe('=x');
    // Long runs of apostrophes are no recursion.
    expect(unguardCsvFormula(guardCsvFormula(`${"'".repeat(200_000)}=x`))).toBe(`${"'".repeat(200_000)}=x`);
  });

  it('marks the forms spreadsheets read as = + - @ too: full-width, small, the minus sign, after any space', () => {
    for (const cell of [
      '\uFF1D1+2',
      '\uFF0B1',
      '\uFF0D1',
      '\uFF20SUM(A1)',
      '\uFE661',
      '\uFE621',
      '\uFE631',
      '\uFE6Bx',
      '\u22121',
      '\u3000\uFF1Dx',
      '\u00A0=x',
    ]) {
      expect(guardCsvFormula(cell)).toBe(`'${cell}`);
      expect(unguardCsvFormula(guardCsvFormula(cell))).toBe(cell);
    }
    for (const cell of ['\uFF21', 'x\uFF1D1']) expect(guardCsvFormula(cell)).toBe(cell);
  });
});
