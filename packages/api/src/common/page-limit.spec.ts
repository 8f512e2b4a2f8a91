import type { EntityManager } from 'typeorm';
import { pageLimit } from './prepared-read';

// A page's LIMIT: written into the statement on SQLite (faster there), a parameter elsewhere
// (a string outside a transaction for mysql2's execute), and only ever a page size.
const em = (type: string, inTransaction = false) =>
  ({ connection: { options: { type } }, queryRunner: inTransaction ? {} : undefined }) as unknown as EntityManager;

describe('pageLimit', () => {
  it('is a literal on SQLite and a parameter on MySQL/MariaDB', () => {
    expect(pageLimit(em('better-sqlite3'), 51)).toEqual({ sql: 'LIMIT 51', params: [] });
    expect(pageLimit(em('mariadb'), 51)).toEqual({ sql: 'LIMIT ?', params: ['51'] });
    expect(pageLimit(em('mysql', true), 51)).toEqual({ sql: 'LIMIT ?', params: [51] });
  });

  it('refuses anything but a positive integer page size', () => {
    for (const bad of [0, -1, 1.5, Number.NaN, Infinity, 10_001, '51 OR 1=1' as unknown as number]) {
      expect(() => pageLimit(em('better-sqlite3'), bad)).toThrow(/not a page size/);
    }
  });
});
