import 'reflect-metadata';
import { IsDefined, MaxLength, ValidateNested } from 'class-validator';
import { buildSchema, GraphQLResolveInfo } from 'graphql';
import { validateArg } from './validate';

// type-graphql's validateFn: class-validator's rules in Roster's field-error format; a class
// without any rule is not handed to class-validator (it would find nothing), one that inherits
// rules is.

class Ruled {
  @MaxLength(3)
  name?: string;
}
class Inherits extends Ruled {
  other?: string;
}
class Plain {
  name?: string;
}

class Required {
  @IsDefined()
  name?: string;
}
class Nests {
  @ValidateNested()
  inner?: Ruled | null;
  @MaxLength(3)
  other?: string;
}

const schema = buildSchema('input In { name: String } type Query { f(input: In): Int }');
const info = { parentType: schema.getQueryType()!, fieldName: 'f' } as unknown as GraphQLResolveInfo;
const check = (value: object) => validateArg(value, schema.getType('In'), { info });
const make = <T extends object>(cls: new () => T, values: Partial<T>): T => Object.assign(new cls(), values);

describe('validateArg', () => {
  it("reports a rule's breach by field, also when the rule is inherited, and passes a class without rules", async () => {
    await expect(check(make(Ruled, { name: 'long name' }))).rejects.toMatchObject({ fields: { 'input.name': expect.stringMatching(/3/) } });
    await expect(check(make(Inherits, { name: 'long name' }))).rejects.toMatchObject({ fields: { 'input.name': expect.any(String) } });
    await expect(check([make(Ruled, { name: 'ok' }), make(Ruled, { name: 'too long' })])).rejects.toMatchObject({
      fields: { 'input.1.name': expect.any(String) },
    });
    await expect(check(make(Ruled, { name: 'ok' }))).resolves.toBeUndefined();
    await expect(check(make(Plain, { name: 'long name, no rule' }))).resolves.toBeUndefined();
  });

  it('skips class-validator only when no ruled property holds a value; IsDefined and nested rules still run', async () => {
    // Nothing set: nothing a rule could refuse (skipMissingProperties), but IsDefined refuses a missing value.
    await expect(check(make(Ruled, {}))).resolves.toBeUndefined();
    await expect(check(make(Nests, { inner: null }))).resolves.toBeUndefined();
    await expect(check(make(Required, {}))).rejects.toMatchObject({ fields: { 'input.name': expect.any(String) } });
    // A set nested object is validated through its parent.
    await expect(check(make(Nests, { inner: make(Ruled, { name: 'long name' }) }))).rejects.toMatchObject({
      fields: { 'input.inner.name': expect.any(String) },
    });
    await expect(check(make(Nests, { other: 'long' }))).rejects.toMatchObject({ fields: { 'input.other': expect.any(String) } });
  });
});
