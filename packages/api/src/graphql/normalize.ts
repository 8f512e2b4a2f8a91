import {
  DocumentNode,
  getNullableType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  parseType,
  print,
  TypeInfo,
  ValueNode,
  valueFromASTUntyped,
  VariableDefinitionNode,
  VariableNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';

/**
 * A document whose text depends only on its shape: every literal the client wrote (field and
 * directive arguments, at any depth of list and input-object literals, in fragments too, and
 * variable defaults) is lifted out into a variable whose value is passed at run time. Code
 * generators (graphql-jit) write argument literals and variable defaults into the JavaScript they
 * generate; after this they see only names (GraphQL names: [_A-Za-z][_0-9A-Za-z]*) and the schema.
 * Documents that differ only in their literals normalise to the same text, so they share one
 * validated document and one compiled executor.
 */
export interface NormalizedDocument {
  document: DocumentNode;
  /** The normalised text: the cache key of everything derived from the shape. */
  key: string;
  /** Values of the lifted literals, by variable name (untyped: coerced like any client variable). */
  literals: Record<string, unknown>;
  /** Defaults taken off the client's variable definitions, used when the client leaves the variable out. */
  defaults: Record<string, unknown>;
}

/** Lifted variables are named `_l<n>`, skipping names the client already uses. */
function namer(document: DocumentNode): () => string {
  const used = new Set<string>();
  visit(document, {
    Variable: (v) => {
      used.add(v.name.value);
    },
  });
  let n = 0;
  return () => {
    let name: string;
    do name = `_l${n++}`;
    while (used.has(name));
    return name;
  };
}

function hasVariable(node: ValueNode): boolean {
  switch (node.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return node.values.some(hasVariable);
    case Kind.OBJECT:
      return node.fields.some((f) => hasVariable(f.value));
    default:
      return false;
  }
}

/**
 * The document with its literals lifted, or null when a literal sits where no input type is known
 * (the document does not validate against the schema: such documents are not for the fast path).
 * Run it on a document that passed validation, parsed with `noLocation` (locations would keep the
 * client's text alive wherever the document is cached).
 */
export function normalizeLiterals(schema: GraphQLSchema, document: DocumentNode): NormalizedDocument | null {
  const next = namer(document);
  const literals: Record<string, unknown> = {};
  const defaults: Record<string, unknown> = {};
  const lifted: VariableDefinitionNode[] = [];
  let unknownType = false;

  const lift = (node: ValueNode, type: GraphQLInputType | null | undefined): ValueNode => {
    if (node.kind === Kind.VARIABLE) return node;
    if (!type) {
      unknownType = true;
      return node;
    }
    if (!hasVariable(node)) {
      const name = next();
      literals[name] = valueFromASTUntyped(node);
      const variable: VariableNode = { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: name } };
      lifted.push({ kind: Kind.VARIABLE_DEFINITION, variable, type: parseType(String(type), { noLocation: true }) as never });
      return variable;
    }
    // A list or input object that mixes literals and the client's variables: lift each literal inside.
    const inner = getNullableType(type);
    if (node.kind === Kind.LIST) {
      const item = isListType(inner) ? inner.ofType : null;
      return { ...node, values: node.values.map((v) => lift(v, item)) };
    }
    if (node.kind === Kind.OBJECT) {
      const fields = isInputObjectType(inner) ? inner.getFields() : {};
      return { ...node, fields: node.fields.map((f) => ({ ...f, value: lift(f.value, fields[f.name.value]?.type) })) };
    }
    unknownType = true;
    return node;
  };

  const typeInfo = new TypeInfo(schema);
  const stripped = visit(
    document,
    visitWithTypeInfo(typeInfo, {
      VariableDefinition: (def) => {
        if (!def.defaultValue) return undefined;
        defaults[def.variable.name.value] = valueFromASTUntyped(def.defaultValue);
        return { ...def, defaultValue: undefined };
      },
      Argument: (arg) => {
        const type = typeInfo.getArgument()?.type;
        return { ...arg, value: lift(arg.value, type) };
      },
    }),
  );
  if (unknownType) return null;

  // The lifted variables are declared on the operation(s): with one operation per document (what
  // the fast path takes) every fragment's literals belong to it.
  const withDefinitions = visit(stripped, {
    OperationDefinition: (op) => ({ ...op, variableDefinitions: [...(op.variableDefinitions ?? []), ...lifted] }),
  }) as DocumentNode;
  return { document: withDefinitions, key: print(withDefinitions), literals, defaults };
}
