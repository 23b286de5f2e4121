import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { buildSubgraphSchema } from '@apollo/subgraph';
import {
  buildSchema,
  parse,
  print,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { demoMunicipality } from '../demo/municipality';
import { PUBLIC_MUTATIONS } from '../gateway/public-operations';
import { helsinkiToday } from '../subgraphs/kit/date-time';
import { SUBGRAPHS } from '../subgraphs/kit/services';
import { subgraphUrl } from './setup/client';
import { passportFor, subgraphGql } from './setup/subgraph-client';

/**
 * The gateway gives a caller without a token an anonymous passport, with no grants, for the public operations
 * only. This walks the whole API with that passport, straight at every subgraph (as if the gateway's own check
 * were gone): every query root and every entity reference must answer nothing, and every mutation but the
 * public ones must be refused with FORBIDDEN.
 */
const demo = demoMunicipality();
const familyId = demo.families[0].id; // the demo family with every kind of data: bookings, requests, assessments, plans
const ANONYMOUS = { sub: 'anonymous', roles: ['anonymous' as const], grants: [] };
const api: GraphQLSchema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema', 'api.graphql'), 'utf8'));

/** Every field below a type, to a depth, that needs no arguments. */
function everything(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter((f) => f.args.every((a) => a.defaultValue !== undefined || !isNonNullType(a.type)))
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      return isObjectType(named) && depth > 0 ? `${f.name} { ${everything(named, depth - 1)} }` : '';
    })
    .filter(Boolean)
    .join(' ');
}

/** A value for an argument that passes the schema's and the kit's checks, so a refusal can only come from the rule. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type) || f.name === 'idempotencyKey')
        .map((f) => [f.name, f.name === 'idempotencyKey' ? randomUUID() : sample(f.type, f.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'ID':
      return name === 'id' || name === 'familyId' ? familyId : randomUUID();
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'LocalDate':
      return helsinkiToday();
    case 'DateTime':
      return new Date(Date.now() + 86_400_000).toISOString();
    default:
      return name === 'text' ? 'Virtanen' : 'Anonymous walk';
  }
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
  const named = getNamedType(field.type);
  const selection = isObjectType(named) ? ` { ${everything(named, 2)} }` : '';
  const declared = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return {
    query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(args.map((a) => [a.name, sample(a.type, a.name)])),
  };
}

/** Every non-null leaf of a response: what the caller learnt. */
function leaves(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.entries(value).forEach(([k, v]) => k !== '__typename' && leaves(v, out));
  else if (value !== null && value !== undefined) out.push(String(value));
  return out;
}

/** The schema a subgraph serves, from its committed SDL: what the walk may select there, `@inaccessible` plumbing included. */
const subgraphSchema = (name: string): GraphQLSchema =>
  buildSubgraphSchema(parse(fs.readFileSync(path.join(__dirname, '..', 'schema', `${name}.graphql`), 'utf8')));

/** Entity types a subgraph resolves references for, and a key to ask with: a demo row where one exists. */
function entityTypes(schema: GraphQLSchema): string[] {
  return Object.values(schema.getTypeMap())
    .filter((t) => isObjectType(t) && t.astNode?.directives?.some((d) => d.name.value === 'key' && !print(d).includes('resolvable: false')))
    .map((t) => t.name);
}

describe('the anonymous passport, which only the public operations accept', () => {
  const plan = demo.help.servicePlans.find((p) => p.familyId === familyId)!;
  const KEYS: Record<string, string> = { Family: familyId, Person: demo.families[0].members[0].id, ServicePlan: plan.id };
  const walked = { queries: new Set<string>(), mutations: new Set<string>(), entities: 0 };

  describe.each(SUBGRAPHS.map((s) => s.name))('%s', (name) => {
    const schema = subgraphSchema(name);
    const send = async (op: { query: string; variables: Record<string, unknown> }) =>
      subgraphGql(subgraphUrl(name), op.query, { passport: await passportFor(ANONYMOUS, name), variables: op.variables });

    it('reads nothing through any query root, whatever it selects', async () => {
      for (const root of Object.values(schema.getQueryType()!.getFields()).filter((f) => !f.name.startsWith('_'))) {
        const res = await send(operation('query', root));
        walked.queries.add(root.name);
        expect({ root: root.name, learnt: leaves(res.data) }).toEqual({ root: root.name, learnt: [] });
        const codes = (res.errors ?? []).map((e) => e.extensions?.code as string);
        expect({ root: root.name, codes: codes.filter((c) => !['FORBIDDEN', 'NOT_FOUND'].includes(c)) }).toEqual({ root: root.name, codes: [] });
      }
    });

    it('is refused by every mutation but the public ones', async () => {
      for (const mutation of Object.values(schema.getMutationType()?.getFields() ?? {})) {
        walked.mutations.add(mutation.name);
        if (PUBLIC_MUTATIONS.has(mutation.name)) continue;
        const res = await send(operation('mutation', mutation));
        expect({ mutation: mutation.name, data: res.data?.[mutation.name] ?? null, code: res.errors?.[0]?.extensions?.code }).toEqual({
          mutation: mutation.name,
          data: null,
          code: 'FORBIDDEN',
        });
      }
    });

    it('resolves no entity reference to anything but the key it was given', async () => {
      for (const typeName of entityTypes(schema)) {
        const id = KEYS[typeName] ?? randomUUID();
        const type = schema.getType(typeName) as GraphQLObjectType;
        const res = await send({
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typeName} { ${everything(type, 2)} } } }`,
          variables: { r: [{ __typename: typeName, id }] },
        });
        walked.entities += 1;
        expect({ typeName, learnt: leaves(res.data).filter((v) => v !== id) }).toEqual({ typeName, learnt: [] });
      }
    });
  });

  it('walked every query root and mutation of the API, and the entities', () => {
    expect([...walked.queries]).toEqual(expect.arrayContaining(Object.keys(api.getQueryType()!.getFields())));
    expect([...walked.mutations]).toEqual(expect.arrayContaining(Object.keys(api.getMutationType()!.getFields())));
    expect(walked.entities).toBeGreaterThanOrEqual(SUBGRAPHS.length);
  });
});
