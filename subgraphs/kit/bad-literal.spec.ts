import { ApolloServer } from '@apollo/server';
import { GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { LocalDateScalar } from './date-time';
import { badInputAnswered, maskErrors } from './errors-format';
import { createLogger } from './logger';

describe('a literal a kit scalar refuses', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: { echo: { type: GraphQLString, args: { on: { type: LocalDateScalar } }, resolve: (_s, { on }) => on } },
    }),
  });
  const server = new ApolloServer({ schema, formatError: maskErrors(createLogger('spec').child({}, { level: 'silent' })), plugins: [badInputAnswered] });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it.each([
    ['a date that does not exist', '2026-13-45', /not a real date|YYYY-MM-DD/],
    ['year 0', '0000-01-01', /between 1900 and 2100/],
  ])('is %s: BAD_USER_INPUT with HTTP 200, which the gateway passes on instead of a 500', async (_name, value, message) => {
    const res = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: 'POST',
        headers: new Map([['content-type', 'application/json']]) as never,
        search: '',
        body: { query: `{ echo(on: "${value}") }` },
      },
      context: async () => ({}),
    });
    expect(res.status ?? 200).toBe(200);
    const body = JSON.parse((res.body as { string: string }).string);
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(body.errors[0].message).toMatch(message);
    expect(body.errors[0].message).not.toContain(value);
  });

  it('leaves a real validation error at HTTP 400', async () => {
    const res = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers: new Map([['content-type', 'application/json']]) as never, search: '', body: { query: '{ nope }' } },
      context: async () => ({}),
    });
    expect(res.status).toBe(400);
  });
});
