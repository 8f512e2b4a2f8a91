import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { estimateResultObjects } from './query-cost';

const schema = buildSchema(`
  type Item { id: ID!, children(first: Int = 10): [Item!]! }
  type Query { item: Item, items(first: Int = 10): [Item!]! }
`);

const estimate = (q: string) => {
  const doc = parse(q);
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  return estimateResultObjects(schema, doc, op);
};

describe('the result-size estimate', () => {
  it('counts a fragment at every spread as if it were written out (one walk per fragment)', () => {
    const inline = estimate('{ a: item { id } b: item { id } c: item { id } }');
    const spread = estimate('{ ...F ...F ...F } fragment F on Query { item { id } }');
    expect(spread).toBe(inline);
    // Fragments spread ten times at seven levels: 10^7 copies of one `item`, measured in 8 walks.
    const frags = ['fragment F0 on Query { item { id } }'];
    for (let i = 1; i <= 7; i++) frags.push(`fragment F${i} on Query { ${Array.from({ length: 10 }, () => `...F${i - 1}`).join(' ')} }`);
    expect(estimate(`{ ...F7 } ${frags.join(' ')}`)).toBe(10 ** 7 * estimate('{ item { id } }'));
  });
});
