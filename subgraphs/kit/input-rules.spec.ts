import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { Arg, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { MultilineText } from './input-rules';
import { buildFederatedSchema } from './schema';

@InputType()
class NoteInput {
  @Field(() => ID)
  familyId: string;

  @Field()
  name: string;

  @Field(() => [String], { nullable: true })
  tags?: string[];

  @Field()
  @MultilineText()
  text: string;
}

let reached = 0;

@Resolver()
class NoteResolver {
  @Query(() => String)
  family(@Arg('id', () => ID) id: string): string {
    reached++;
    return id;
  }

  @Mutation(() => String)
  addNote(@Arg('input') input: NoteInput): string {
    reached++;
    return input.text;
  }
}

describe('input rules every subgraph argument obeys', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    ({ schema } = await buildFederatedSchema({ resolvers: [NoteResolver] }));
  });
  beforeEach(() => (reached = 0));

  const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues, contextValue: {} });
  const ADD = 'mutation($input: NoteInput!) { addNote(input: $input) }';
  const note = (over: Record<string, unknown> = {}) => ({
    input: { familyId: '3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f', name: 'Aino Virtanen', text: 'Line one\nline two', ...over },
  });

  it('passes ids that are UUIDs and text without hidden characters; line breaks in multi-line text', async () => {
    const res = await run(ADD, note({ tags: ['ok', 'Äiti ja lapsi 👩‍👧'] }));
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ addNote: 'Line one\nline two' });
  });

  it.each([
    ['an id that is not a UUID, as an argument', 'query { family(id: "x") }', undefined, 'id'],
    ['an id that is not a UUID, in an input', ADD, note({ familyId: 'not-a-uuid' }), 'input.familyId'],
    ['a terminal escape code in a name', ADD, note({ name: 'Aino \u001b[31mVirtanen' }), 'input.name'],
    ['a right-to-left override in a name', ADD, note({ name: 'Aino \u202Enenatriv' }), 'input.name'],
    ['a NUL byte in a list of text', ADD, note({ tags: ['ok', 'a\u0000b'] }), 'input.tags.1'],
    ['a line break in a one-line field', ADD, note({ name: 'Aino\nVirtanen' }), 'input.name'],
    ['a bidi isolate in multi-line text', ADD, note({ text: 'one\n\u2067two' }), 'input.text'],
  ])('refuses %s with BAD_USER_INPUT naming the field, before the resolver runs', async (_case, source, variables, field) => {
    const res = await run(source, variables);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(res.errors![0].message).toContain(field);
    expect(reached).toBe(0);
  });
});
