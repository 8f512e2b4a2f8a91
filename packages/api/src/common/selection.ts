import { FieldNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

/** Whether the client selected `field` directly under the current field (through fragments too). */
export function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === field;
      if (s.kind === Kind.INLINE_FRAGMENT) return walk(s.selectionSet);
      const name = s.name.value;
      if (seen.has(name)) return false;
      seen.add(name);
      return walk(info.fragments[name]?.selectionSet);
    });
  return info.fieldNodes.some((node: FieldNode) => walk(node.selectionSet));
}

const anywhere = new WeakMap<object, Map<string, boolean>>();

/**
 * Whether a field named `field` is selected anywhere in the operation or the document's fragments
 * (on any type: true errs on the safe side). Remembered per operation (an AST node lives as long as
 * its document): what a field resolver called once per row of a list may ask.
 */
export function documentSelects(info: GraphQLResolveInfo, field: string): boolean {
  let byField = anywhere.get(info.operation);
  if (!byField) anywhere.set(info.operation, (byField = new Map()));
  let found = byField.get(field);
  if (found === undefined) {
    const walk = (set: SelectionSetNode | undefined): boolean =>
      !!set?.selections.some((s) => (s.kind === Kind.FIELD && s.name.value === field) || ('selectionSet' in s && walk(s.selectionSet)));
    found = walk(info.operation.selectionSet) || Object.values(info.fragments).some((f) => walk(f.selectionSet));
    byField.set(field, found);
  }
  return found;
}

const selections = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

/**
 * Names of the fields selected at `path` below the current field (`['edges', 'node']`), through
 * fragments. Remembered per field node and path (the answer depends only on the document, whose
 * nodes the fast path's cache keeps): every request's `viewer` and list asks.
 */
export function selectedAt(info: GraphQLResolveInfo, path: string[]): ReadonlySet<string> {
  if (info.fieldNodes.length !== 1) return walkSelections(info, path);
  const node = info.fieldNodes[0];
  let byPath = selections.get(node);
  if (!byPath) selections.set(node, (byPath = new Map()));
  const key = path.join('.');
  let found = byPath.get(key);
  if (!found) byPath.set(key, (found = walkSelections(info, path)));
  return found;
}

function walkSelections(info: GraphQLResolveInfo, path: string[]): Set<string> {
  const out = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: Set<string>): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (depth === path.length) out.add(s.name.value);
        else if (s.name.value === path[depth]) walk(s.selectionSet, depth + 1, seen);
      } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth, seen);
      else if (!seen.has(s.name.value)) walk(info.fragments[s.name.value]?.selectionSet, depth, new Set([...seen, s.name.value]));
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0, new Set());
  return out;
}

/**
 * The entity columns (properties) a selection reads, for lists that select few fields: a field
 * named like a column reads that column, a field of `fieldColumns` the columns it lists (a field
 * resolver: those it reads from the row); any other field means every column (undefined).
 */
export function columnsFor(
  fields: ReadonlySet<string>,
  fieldColumns: Record<string, readonly string[]>,
  columnNames: readonly string[],
): string[] | undefined {
  const out: string[] = [];
  for (const f of fields) {
    if (Object.hasOwn(fieldColumns, f)) out.push(...fieldColumns[f]);
    else if (columnNames.includes(f)) out.push(f);
    else return undefined;
  }
  return out;
}

const columnNames = new Map<Function, string[]>();
/** An entity's column properties (the same for every data source). */
export function entityColumnNames(
  ds: { getMetadata(target: Function): { columns: { propertyName: string }[] } },
  entity: Function,
): string[] {
  let names = columnNames.get(entity);
  if (!names) columnNames.set(entity, (names = ds.getMetadata(entity).columns.map((c) => c.propertyName)));
  return names;
}
