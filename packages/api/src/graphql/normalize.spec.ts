import { buildSchema, parse } from 'graphql';
import { normalizeLiterals } from './normalize';

const schema = buildSchema(`
  enum Dir { ASC DESC }
  input Order { field: String!, dir: Dir = ASC }
  input Filter { search: String, ids: [ID!], order: Order }
  type Item { id: ID!, name(upper: Boolean): String }
  type Query { items(filter: Filter, first: Int = 50, tags: [String!]): [Item!]!, item(id: ID!): Item }
`);

const normalize = (q: string) => normalizeLiterals(schema, parse(q, { noLocation: true }))!;

describe('normalizeLiterals', () => {
  it('lifts every literal, at any depth, in fragments and directives, into a typed variable', () => {
    const n = normalize(`
      query Q($s: String = "dflt", $on: Boolean!) {
        items(first: 3, tags: ["a", "b"], filter: { search: $s, ids: ["1", 2], order: { field: "name", dir: DESC } }) {
          ...F
          name(upper: true) @include(if: $on)
        }
        item(id: "x") { id @skip(if: false) }
      }
      fragment F on Item { name(upper: false) }
    `);
    // No literal is left in the text the compiler sees: only names and variables.
    expect(n.key).not.toMatch(/"|\b(true|false)\b|\b\d+\b(?![\]!])|DESC/);
    expect(n.key).toContain('$s: String,');
    expect(Object.values(n.literals)).toEqual(
      expect.arrayContaining([3, ['a', 'b'], ['1', 2], { field: 'name', dir: 'DESC' }, true, 'x', false]),
    );
    expect(n.defaults).toEqual({ s: 'dflt' });
    // Lifted variables are declared with the argument's type.
    expect(n.key).toMatch(/\$_l\d+: Int/);
    expect(n.key).toMatch(/\$_l\d+: \[String!\]/);
    expect(n.key).toMatch(/\$_l\d+: ID!/);
    expect(n.key).toMatch(/\$_l\d+: Order/);
    expect(n.key).toMatch(/\$_l\d+: Boolean!/);
  });

  it('gives documents that differ only in their literals the same text', () => {
    const a = normalize('{ items(first: 1, filter: { search: "x" }) { id } }');
    const b = normalize('{ items(first: 99, filter: { search: "__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0), x: 1" }) { id } }');
    expect(a.key).toBe(b.key);
    expect(b.literals).toEqual({ _l0: 99, _l1: { search: '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d0), x: 1' } });
  });

  it('never reuses a variable name the client chose', () => {
    const n = normalize('query($_l0: Int) { items(first: $_l0, tags: ["t"]) { id } }');
    expect(Object.keys(n.literals)).toEqual(['_l1']);
  });

  it('refuses a literal where no input type is known (the document does not validate)', () => {
    expect(normalizeLiterals(schema, parse('{ items(nope: "x") { id } }'))).toBeNull();
  });
});
