import { buildSchema, parse } from 'graphql';
import { DEFAULT_MAX_ITEMS } from '../../common/input-limits';
import { checkListSizes } from './list-sizes';

// Lists are found at any depth of a variable's value, through nested and recursive input types,
// while a type that cannot hold a list is not walked (listFields).
const schema = buildSchema(`
  input Tree { name: String, children: [Tree!], tags: [String!] }
  input Outer { label: String, inner: Inner }
  input Inner { ids: [ID!] }
  input Plain { a: String, b: Int }
  input Grid { rows: [[Int!]!] }
  type Query {
    tree(t: Tree): Int
    outer(o: Outer, list: [Outer!]): Int
    plain(p: Plain, ps: [Plain!]): Int
    grid(g: Grid): Int
  }
`);
const over = DEFAULT_MAX_ITEMS + 1;
const many = <T>(n: number, item: T) => Array.from({ length: n }, () => item);
const check = (query: string, variables: Record<string, unknown>) => checkListSizes(schema, parse(query), variables);

describe('checkListSizes', () => {
  it('finds an oversized list deep inside a recursive input type', () => {
    const t = { children: [{ name: 'a' }, { children: [{ tags: many(over, 'x') }] }] };
    expect(check('query($t: Tree) { tree(t: $t) }', { t })).toEqual({
      't.children.1.children.0.tags': expect.stringMatching(`at most ${DEFAULT_MAX_ITEMS}`),
    });
    expect(check('query($t: Tree) { tree(t: $t) }', { t: { children: many(over, { name: 'a' }) } })).toEqual({
      't.children': expect.any(String),
    });
    expect(check('query($t: Tree) { tree(t: $t) }', { t: { children: [{ tags: many(DEFAULT_MAX_ITEMS, 'x') }] } })).toEqual({});
  });

  it('walks an input object that holds a list only through another input object', () => {
    expect(check('query($o: Outer) { outer(o: $o) }', { o: { label: 'x', inner: { ids: many(over, '1') } } })).toEqual({
      'o.inner.ids': expect.any(String),
    });
    expect(check('query($l: [Outer!]) { outer(list: $l) }', { l: [{}, { inner: { ids: many(over, '1') } }] })).toEqual({
      'list.1.inner.ids': expect.any(String),
    });
  });

  it('bounds lists of lists at every level', () => {
    expect(check('query($g: Grid) { grid(g: $g) }', { g: { rows: [[1], many(over, 1)] } })).toEqual({ 'g.rows.1': expect.any(String) });
    expect(check('query($g: Grid) { grid(g: $g) }', { g: { rows: many(over, [1]) } })).toEqual({ 'g.rows': expect.any(String) });
  });

  it('bounds a list of objects without lists, and does not look inside them', () => {
    expect(check('query($ps: [Plain!]) { plain(ps: $ps) }', { ps: many(over, { a: 'x' }) })).toEqual({ ps: expect.any(String) });
    // A value the type cannot hold (a list where a string goes) is coercion's to refuse, not this check's.
    expect(check('query($p: Plain) { plain(p: $p) }', { p: { a: many(over, 'x') } })).toEqual({});
  });
});
