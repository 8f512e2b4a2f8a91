import { AGENT_CSV_COLUMNS, detectCsvDelimiter, mapCsvHeaders, parseYesNo, splitList } from '@roster/shared';

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
