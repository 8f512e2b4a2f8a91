import { Brackets, SelectQueryBuilder, WhereExpressionBuilder } from 'typeorm';
import { isMysql } from './transaction';

// '!' rather than a backslash: MySQL reads \' inside a string literal as an escaped quote, so
// ESCAPE '\' is a syntax error there.
const escapeLike = (s: string) => s.replace(/[!%_]/g, (c) => `!${c}`);

/** The smallest string above every string that starts with `prefix` (code point order), if any. */
function successor(prefix: string): string | null {
  const chars = Array.from(prefix);
  const last = chars.pop()?.codePointAt(0);
  if (last === undefined || last === 0x10ffff) return null;
  return chars.join('') + String.fromCodePoint(last === 0xd7ff ? 0xe000 : last + 1);
}

/**
 * ORs "column starts with value" over several columns, each written so that an index on the
 * column serves it. The columns hold pre-folded text (lower-case emails, sort keys) compared as
 * stored. MySQL turns `LIKE 'abc%'` into an index range under any collation; SQLite's LIKE folds
 * ASCII case and so skips BINARY indexes, hence the explicit range there.
 */
export function whereAnyStartsWith<T extends object>(qb: SelectQueryBuilder<T>, matches: { column: string; prefix: string }[]): void {
  const mysql = isMysql(qb.connection);
  qb.andWhere(
    new Brackets((w: WhereExpressionBuilder) => {
      matches.forEach(({ column, prefix }, i) => {
        const [sql, params] = startsWith(mysql, column, prefix, `prefix${i}`);
        w.orWhere(sql, params);
      });
    }),
  );
}

/** One "column starts with prefix" condition (see whereAnyStartsWith) with its parameters named after `param`. */
export function startsWith(mysql: boolean, column: string, prefix: string, param: string): [string, Record<string, string>] {
  const p = param;
  const hi = successor(prefix);
  if (mysql) return [`${column} LIKE :${p} ESCAPE '!'`, { [p]: `${escapeLike(prefix)}%` }];
  if (hi !== null) return [`(${column} >= :${p} AND ${column} < :${p}hi)`, { [p]: prefix, [`${p}hi`]: hi }];
  return [`(${column} >= :${p} AND substr(${column}, 1, length(:${p})) = :${p})`, { [p]: prefix }];
}
