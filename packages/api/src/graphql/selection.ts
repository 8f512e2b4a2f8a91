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
