import v8 from 'node:v8';
import { DocumentNode, execute, ExecutionResult, GraphQLSchema, OperationDefinitionNode, parse, validate, ValidationRule } from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { BoundedCache } from '../common/bounded-cache';
import type { Context } from './context';
import { normalizeLiterals } from './normalize';
import { contextFreeChecksPass } from './plugins/request-checks';

/**
 * Read documents ready to run on the fast path, in three bounded caches:
 * - query text -> its shape and the values of its literals (a client that sends new texts costs
 *   at most MAX_TEXTS entries or MAX_TEXT_BYTES);
 * - shape (the normalised text, normalize.ts) -> the validated normalised document;
 * - shape -> the executor graphql-jit compiled for it, made only when a shape is used a second
 *   time (one-off documents run on graphql-js and compile nothing), at most MAX_COMPILED of them
 *   and MAX_COMPILED_BYTES of generated code as estimated below.
 *
 * graphql-jit writes argument literals into the JavaScript it generates (and turns strings that
 * start with its date marker into code); it only ever sees normalised documents, whose literals
 * have become variables, so no client text reaches generated code.
 *
 * V8 keeps the source of every `new Function` in its compilation cache for the life of the
 * process, so an evicted executor would still cost its generated source (300 compiled shapes:
 * +93 MB that no GC returned). That cache is off while graphql-jit compiles (`withoutCodeCache`)
 * and only then: off for the whole process it also stops caching regular expressions, which cost
 * the agent list 0.2 ms a request.
 */

function withoutCodeCache<T>(fn: () => T): T {
  v8.setFlagsFromString('--no-compilation-cache');
  try {
    return fn();
  } finally {
    v8.setFlagsFromString('--compilation-cache');
  }
}

export const MAX_TEXTS = 2000;
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
export const MAX_SHAPES = 500;
export const MAX_SHAPE_BYTES = 4 * 1024 * 1024;
export const MAX_COMPILED = 100;
export const MAX_COMPILED_BYTES = 8 * 1024 * 1024;
/** Longer query texts go to Apollo. */
export const MAX_QUERY_CHARS = 8192;

/**
 * Heap bytes per character of a normalised document (its AST) and of the code graphql-jit
 * generated for it (the functions, their source and resolve infos: 3.3 measured on the agent
 * list, 6 aliases of it held 490 KB per compiled document).
 */
const AST_BYTES_PER_CHAR = 40;
const COMPILED_BYTES_PER_CHAR = 4;

interface Shape {
  key: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  uses: number;
}

interface Text {
  /** The shape's key, not the shape: a text must not keep a shape the shape cache evicted. */
  key: string;
  literals: Record<string, unknown>;
  defaults: Record<string, unknown>;
  /** Sent without variables, whether the context-free checks pass (they then depend on the text only). */
  checked?: boolean;
}

export interface Prepared {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** The client's variables with the document's literals and the defaults it left out. */
  variables: Record<string, unknown>;
  /** The checks that do not use the context are known to pass (request-checks.ts's firstFailure). */
  contextFreePassed: boolean;
  run(context: Context): Promise<ExecutionResult>;
}

export interface ExecutableCacheOptions {
  schema: GraphQLSchema;
  rules: ValidationRule[];
  maxTokens: number;
}

const hasOwn = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export class ExecutableCache {
  /** null: not for the fast path (does not parse, validate, or is not one query operation). */
  private readonly texts = new BoundedCache<string, Text | null>(MAX_TEXTS, MAX_TEXT_BYTES);
  private readonly shapes = new BoundedCache<string, Shape | null>(MAX_SHAPES, MAX_SHAPE_BYTES);
  private readonly compiled = new BoundedCache<string, CompiledQuery | null>(MAX_COMPILED, MAX_COMPILED_BYTES);

  constructor(private readonly opts: ExecutableCacheOptions) {}

  /** Sizes of the caches, for the benchmark and tests. */
  stats() {
    const of = (c: BoundedCache<string, unknown>) => ({ entries: c.size, bytes: c.bytes });
    return { texts: of(this.texts), shapes: of(this.shapes), compiled: of(this.compiled) };
  }

  /** The operation ready to run, or null when Apollo should answer (operationName as the client sent it). */
  prepare(query: string, operationName: string | null | undefined, variables: Record<string, unknown>): Prepared | null {
    const found = this.text(query);
    if (!found) return null;
    const { text, shape } = found;
    if ((operationName != null && shape.operation.name?.value !== operationName) || shape.operation.operation !== 'query') return null;
    const vars: Record<string, unknown> = { ...variables };
    for (const name of Object.keys(text.defaults)) if (!hasOwn(variables, name)) vars[name] = text.defaults[name];
    Object.assign(vars, text.literals);
    const { document, operation } = shape;
    // Without variables of the client's own, the checks' answer is the text's: computed once.
    const constant = !Object.keys(variables).length;
    if (constant) text.checked ??= contextFreeChecksPass({ schema: this.opts.schema, document, operation, variables: vars });
    return {
      document,
      operation,
      variables: vars,
      contextFreePassed: constant && text.checked === true,
      run: (context) => this.execute(shape, context, vars),
    };
  }

  private text(query: string): { text: Text; shape: Shape } | null {
    if (query.length > MAX_QUERY_CHARS) return null;
    const text = this.texts.get(query);
    if (text === null) return null;
    const shape = text && this.shapes.get(text.key);
    if (text && shape) return { text, shape };
    // Not seen, or its shape was evicted since: parsed again.
    const parsed = this.parseText(query);
    this.texts.set(query, parsed && parsed.text, 2 * query.length + 256);
    return parsed;
  }

  private parseText(query: string): { text: Text; shape: Shape } | null {
    try {
      const document = parse(query, { maxTokens: this.opts.maxTokens, noLocation: true });
      // One operation per document (what clients send): its checks and executor are the document's.
      if (document.definitions.filter((d) => d.kind === 'OperationDefinition').length !== 1) return null;
      if (validate(this.opts.schema, document, this.opts.rules).length) return null;
      const normalized = normalizeLiterals(this.opts.schema, document);
      if (!normalized) return null;
      const shape = this.shape(normalized.key, normalized.document);
      return shape && { shape, text: { key: normalized.key, literals: normalized.literals, defaults: normalized.defaults } };
    } catch {
      return null;
    }
  }

  private shape(key: string, document: DocumentNode): Shape | null {
    let shape = this.shapes.get(key);
    if (shape !== undefined) return shape;
    // The normalised document is validated too: a variable that lost its default may no longer fit
    // where it is used (such documents stay with Apollo).
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    shape = operation && !validate(this.opts.schema, document, this.opts.rules).length ? { key, document, operation, uses: 0 } : null;
    this.shapes.set(key, shape, key.length * AST_BYTES_PER_CHAR);
    return shape;
  }

  private execute(shape: Shape, context: Context, variables: Record<string, unknown>): Promise<ExecutionResult> {
    shape.uses++;
    const compiled = shape.uses > 1 ? this.compiledFor(shape) : null;
    if (compiled) return Promise.resolve(compiled.query(undefined, context, variables) as ExecutionResult | Promise<ExecutionResult>);
    return Promise.resolve(
      execute({ schema: this.opts.schema, document: shape.document, contextValue: context, variableValues: variables }),
    );
  }

  private compiledFor(shape: Shape): CompiledQuery | null {
    let c = this.compiled.get(shape.key);
    if (c !== undefined) return c;
    let codeChars = 0;
    try {
      // debug: graphql-jit keeps the generated source on the result; only its length is kept.
      const out = withoutCodeCache(() => compileQuery(this.opts.schema, shape.document, undefined, { debug: true } as never));
      c = isCompiledQuery(out) ? out : null;
      if (c) {
        const generated = c as CompiledQuery & { [SOURCE]?: string };
        codeChars = generated[SOURCE]?.length ?? 0;
        delete generated[SOURCE];
      }
    } catch {
      c = null;
    }
    // What a compiled executor holds, estimated from the size of its generated code.
    this.compiled.set(shape.key, c, 256 + (codeChars + shape.key.length) * COMPILED_BYTES_PER_CHAR);
    return c;
  }
}

const SOURCE = '__DO_NOT_USE_THIS_OR_YOU_WILL_BE_FIRED_compilation';
