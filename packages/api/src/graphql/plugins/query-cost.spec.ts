import { buildSchema, Kind, OperationDefinitionNode, parse } from 'graphql';
import { estimateResultObjects, resultSizeProblem } from './query-cost';

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

  it('remembers an answer per page-size variable values, never across them', () => {
    // 100 x 100 x 10 items: within the limit at first = 10, over it at first = 100 (pages are capped at 100).
    const doc = parse(
      'query($n: Int, $m: Int) { items(first: $n) { children(first: $m) { ...C } } } fragment C on Item { children { id } }',
    );
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
    const problem = (variables: Record<string, unknown>) => resultSizeProblem(schema, doc, op, variables);
    expect(problem({ n: 10, m: 10 })).toBeNull();
    expect(problem({ n: 100, m: 100 })).toMatch(/Query too large/);
    // The same values again, in other spellings the size reads alike (a string is the largest page), and the first again.
    expect(problem({ n: 100, m: 100, other: 'x' })).toMatch(/Query too large/);
    expect(problem({ n: '1', m: 100 })).toMatch(/Query too large/);
    expect(problem({ n: 10, m: 10 })).toBeNull();
    expect(problem({ m: 10 })).toBeNull();
    expect(problem({ m: 100 })).toMatch(/Query too large/);
  });
});
