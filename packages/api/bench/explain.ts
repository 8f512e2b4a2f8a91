/**
 * A logged statement's parameters as EXPLAIN through the text protocol takes them: a statement
 * kept prepared on MySQL/MariaDB takes its LIMIT as a string (limitParam), which the text
 * protocol would quote (`LIMIT '51'`, a syntax error).
 */
export function explainParams(stmt: { query: string; parameters?: unknown[] }): unknown[] | undefined {
  if (!/LIMIT \?$/.test(stmt.query)) return stmt.parameters;
  return stmt.parameters?.map((p, i, all) => (i === all.length - 1 ? Number(p) : p));
}
