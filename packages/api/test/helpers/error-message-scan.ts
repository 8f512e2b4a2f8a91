import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

// Finds the English message templates the API can send, by reading its source (and the shared
// checks it uses): the messages and field phrases given to badInput, conflict, forbidden, notFound,
// unauthenticated, appError, new DomainError and FieldCheck.check, the `problem` of a check's result,
// functions named ...Problem or ...Message and constants named ..._PROBLEM(S) or ..._MESSAGE.
// Interpolated parts become {0}, {1} ... in order; a part that is a constant string (or a helper
// called with constant strings) is written out, a choice between strings gives one template each.
// The German catalogue (src/common/error-messages.de.ts) is keyed by the same templates.

const HOLE = '\u0000';
const SINK_CALLS = new Set(['badInput', 'conflict', 'forbidden', 'unauthenticated', 'appError', 'notFound']);
const SOURCE_NAME = /(Problem|Message)$/;
const SOURCE_CONST = /_(PROBLEMS?|MESSAGE)$/;

export interface FoundMessage {
  template: string;
  file: string;
  line: number;
}

type Decl = { node: ts.Expression | ts.FunctionLikeDeclaration; file: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : sourceFiles(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const product = (parts: string[][]): string[] =>
  parts.reduce<string[]>((acc, options) => acc.flatMap((a) => options.map((o) => a + o)), ['']);

/** Holes numbered in order: `must be at most \0 characters` -> `must be at most {0} characters`. */
export const numbered = (raw: string): string => {
  let i = 0;
  return raw.replace(new RegExp(HOLE, 'g'), () => `{${i++}}`);
};

export function scanMessages(roots: string[], base: string): FoundMessage[] {
  const files = roots.flatMap(sourceFiles).map((f) => ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.ES2022, true));
  const decls = new Map<string, Decl[]>();
  const declare = (name: string, node: Decl['node'], file: string) => decls.set(name, [...(decls.get(name) ?? []), { node, file }]);
  for (const sf of files) {
    for (const st of sf.statements) {
      if (ts.isFunctionDeclaration(st) && st.name) declare(st.name.text, st, sf.fileName);
      if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const)
        for (const d of st.declarationList.declarations)
          if (ts.isIdentifier(d.name) && d.initializer) declare(d.name.text, unwrap(d.initializer) as Decl['node'], sf.fileName);
    }
  }
  const lookUp = (name: string, file: string): Decl[] => {
    const all = decls.get(name) ?? [];
    const local = all.filter((d) => d.file === file);
    return local.length ? local : all;
  };

  type Env = Map<string, string[]>;
  /** The strings an expression can be (holes for what is not a constant string), or null. */
  function evaluate(node: ts.Node, file: string, env: Env, depth = 0): string[] | null {
    if (depth > 8) return null;
    const ev = (n: ts.Node) => evaluate(n, file, env, depth + 1);
    const part = (n: ts.Node) => ev(n) ?? [HOLE];
    node = unwrap(node as ts.Expression);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
    if (ts.isTemplateExpression(node))
      return product([[node.head.text], ...node.templateSpans.flatMap((s) => [part(s.expression), [s.literal.text]])]);
    if (ts.isConditionalExpression(node)) return union(ev(node.whenTrue), ev(node.whenFalse));
    if (ts.isBinaryExpression(node)) {
      const op = node.operatorToken.kind;
      if (op === ts.SyntaxKind.PlusToken) {
        const l = ev(node.left);
        const r = ev(node.right);
        return l || r ? product([l ?? [HOLE], r ?? [HOLE]]) : null;
      }
      if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return union(ev(node.left), ev(node.right));
      return null;
    }
    if (ts.isIdentifier(node)) {
      if (env.has(node.text)) return env.get(node.text)!;
      return union(
        ...lookUp(node.text, file).map((d) => (ts.isFunctionLike(d.node) ? null : evaluate(d.node, d.file, new Map(), depth + 1))),
      );
    }
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const obj = objectOf(node.expression, file);
      if (!obj) return null;
      const key = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteral(node.argumentExpression)
          ? node.argumentExpression.text
          : null;
      return union(...propertyValues(obj.node, key).map((v) => evaluate(v, obj.file, new Map(), depth + 1)));
    }
    if (ts.isCallExpression(node)) {
      // `text.slice(0, 300)` is still that text.
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'slice') return ev(node.expression.expression);
      if (!ts.isIdentifier(node.expression)) return null;
      // A helper that formats values (quoteList, sizeLabel) is a value; one that words a message
      // (...Problem, ...Message) or is given a constant word (unknownValues('agent id', ids)) is written out.
      const worded = SOURCE_NAME.test(node.expression.text) || node.arguments.some((a) => ts.isStringLiteralLike(unwrap(a)));
      if (!worded) return null;
      const fns = lookUp(node.expression.text, file).filter((d) => ts.isFunctionLike(d.node));
      return union(
        ...fns.map((d) => {
          const fn = d.node as ts.FunctionLikeDeclaration;
          const bound: Env = new Map();
          fn.parameters.forEach((p, i) => {
            if (ts.isIdentifier(p.name)) bound.set(p.name.text, node.arguments[i] ? part(node.arguments[i]) : [HOLE]);
          });
          return union(...returns(fn).map((r) => evaluate(r, d.file, bound, depth + 1)));
        }),
      );
    }
    return null;
  }

  function objectOf(expr: ts.Expression, file: string): { node: ts.ObjectLiteralExpression; file: string } | null {
    expr = unwrap(expr);
    if (ts.isObjectLiteralExpression(expr)) return { node: expr, file };
    if (!ts.isIdentifier(expr)) return null;
    const d = lookUp(expr.text, file).find((x) => ts.isObjectLiteralExpression(x.node as ts.Node));
    return d ? { node: d.node as ts.ObjectLiteralExpression, file: d.file } : null;
  }

  // Helpers that pass a parameter on as a sink's field errors (emailsTaken(fields, ...)): their callers' objects are field errors too.
  const fieldForwarders = new Map<string, number>();
  for (const sf of files) {
    const visit = (node: ts.Node): void => {
      if ((ts.isFunctionDeclaration(node) || ts.isArrowFunction(node)) && node.body) {
        const name = ts.isFunctionDeclaration(node)
          ? node.name?.text
          : ts.isVariableDeclaration(node.parent) && ts.isIdentifier(node.parent.name)
            ? node.parent.name.text
            : undefined;
        const params = node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''));
        const inner = (n: ts.Node): void => {
          if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && SINK_CALLS.has(n.expression.text)) {
            const arg = n.arguments[n.expression.text === 'badInput' ? 0 : 1];
            const i = arg && ts.isIdentifier(arg) ? params.indexOf(arg.text) : -1;
            if (name && i >= 0) fieldForwarders.set(name, i);
          }
          ts.forEachChild(n, inner);
        };
        inner(node.body);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }

  const found: FoundMessage[] = [];
  function record(expr: ts.Node | undefined, sf: ts.SourceFile, env: Env = new Map(), suffix = ''): void {
    if (!expr) return;
    const file = sf.fileName;
    const line = sf.getLineAndCharacterOfPosition(expr.getStart()).line + 1;
    for (const raw of evaluate(expr, file, env) ?? []) {
      const template = numbered(raw + suffix);
      if (template.replace(/\{\d+\}/g, '').trim()) found.push({ template, file: relative(base, file), line });
    }
  }
  function recordFields(expr: ts.Node | undefined, sf: ts.SourceFile): void {
    const obj = expr && objectOf(expr as ts.Expression, sf.fileName);
    if (!obj) return;
    for (const v of propertyValues(obj.node, null)) record(v, sf);
  }

  for (const sf of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        const callee = node.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : '';
        const args = node.arguments ?? ts.factory.createNodeArray<ts.Expression>();
        if (ts.isNewExpression(node) && name === 'DomainError') {
          record(args[1], sf);
          recordFields(args[2], sf);
        } else if (ts.isCallExpression(node) && SINK_CALLS.has(name) && ts.isIdentifier(callee)) {
          if (name === 'badInput') {
            recordFields(args[0], sf);
            record(args[1], sf);
          } else if (name === 'appError') record(args[1], sf);
          else if (name === 'notFound') record(args[0], sf, new Map(), ' not found');
          else {
            record(args[0], sf);
            recordFields(args[1], sf);
          }
        } else if (ts.isCallExpression(node) && name === 'check' && args.length === 3) record(args[2], sf);
        // A row's error in an import or a bulk invite: `c.fail(key, code, message)`, `fail(c, code, message)`, `refuse(column, message)`.
        else if (ts.isCallExpression(node) && name === 'fail' && args.length >= 3) record(args[2], sf);
        else if (ts.isCallExpression(node) && name === 'refuse' && args.length === 2) record(args[1], sf);
        else if (ts.isCallExpression(node) && ts.isIdentifier(callee) && fieldForwarders.has(name))
          recordFields(args[fieldForwarders.get(name)!], sf);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'problem') record(node.initializer, sf);
      // `fields[key] = EMAIL_TAKEN`: a field error collected by hand.
      if (
        ts.isBinaryExpression(node) &&
        node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        ts.isElementAccessExpression(node.left) &&
        ts.isIdentifier(node.left.expression) &&
        node.left.expression.text === 'fields'
      )
        record(node.right, sf);
      if (ts.isParameter(node) && ts.isIdentifier(node.name) && node.name.text === 'message' && node.initializer)
        record(node.initializer, sf);
      if ((ts.isFunctionDeclaration(node) || ts.isVariableDeclaration(node)) && node.name && ts.isIdentifier(node.name)) {
        const n = node.name.text;
        const fn = ts.isFunctionDeclaration(node)
          ? node
          : node.initializer && ts.isArrowFunction(unwrap(node.initializer))
            ? (unwrap(node.initializer) as ts.ArrowFunction)
            : null;
        const env: Env = new Map(
          fn?.parameters.filter((p) => ts.isIdentifier(p.name)).map((p) => [(p.name as ts.Identifier).text, [HOLE]]),
        );
        if (fn && SOURCE_NAME.test(n)) for (const r of returns(fn)) record(r, sf, env);
        if (!fn && SOURCE_CONST.test(n) && ts.isVariableDeclaration(node) && node.initializer) {
          const init = unwrap(node.initializer);
          if (ts.isObjectLiteralExpression(init)) for (const v of propertyValues(init, null)) record(v, sf);
          else record(init, sf);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

function unwrap(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e))
    e = e.expression;
  return e;
}

function union(...lists: (string[] | null)[]): string[] | null {
  const present = lists.filter((l): l is string[] => !!l);
  return present.length ? [...new Set(present.flat())] : null;
}

/** The values of an object literal's properties (all of them when `key` is null). */
function propertyValues(obj: ts.ObjectLiteralExpression, key: string | null): ts.Expression[] {
  return obj.properties.flatMap((p) => {
    if (!ts.isPropertyAssignment(p)) return [];
    const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : null;
    return key === null || name === key ? [p.initializer] : [];
  });
}

/** What a function returns: an arrow's expression body, or each `return` expression (not those of nested functions). */
function returns(fn: ts.FunctionLikeDeclaration): ts.Expression[] {
  if (!fn.body) return [];
  if (!ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, visit);
  };
  ts.forEachChild(fn.body, visit);
  return out;
}
