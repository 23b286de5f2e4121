import fs from 'node:fs';
import path from 'node:path';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
  type ObjectTypeDefinitionNode,
} from 'graphql';
import { Client } from 'pg';
import { demoMunicipality } from '../demo/municipality';
import { besideGraphql } from '../subgraphs/kit/config';
import { helsinkiToday } from '../subgraphs/kit/date-time';
import { PASSPORT_HEADER, type Grant } from '../subgraphs/kit/passport';
import { schemaName } from '../subgraphs/kit/services';
import { gql, HEADLINE, subgraphUrl, tokenFor } from './setup/client';
import { passportFor } from './setup/subgraph-client';

const demo = demoMunicipality();
const companionId = demo.users.companion.id;
const companionFamilies = demo.assignments.filter((a) => a.companionId === companionId && a.endsOn === null).map((a) => a.familyId);
const ofCompanion = <T extends { familyId: string }>(rows: T[]) => rows.filter((r) => companionFamilies.includes(r.familyId));

/** What a companion must never learn about the own families: why a child is away, what a visit is for, what a meeting is about. */
const HEALTH_VALUES = new Set([...demo.absences.map((a) => a.type), ...demo.clinicAppointments.map((a) => a.kind)]);
const NOTE_VALUES = new Set([...demo.discussionTimes.map((d) => d.topic), ...demo.socialOfficeAppointments.map((a) => a.kind)]);

/** Selects every field reachable from a type, to a depth, skipping fields that need arguments. */
function everything(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => a.defaultValue !== undefined || !isNonNullType(a.type)));
  return fields
    .map((f) => {
      const named = getNamedType(f.type);
      if (isLeafType(named)) return f.name;
      if (isObjectType(named) && depth > 0) return `${f.name} { ${everything(named, depth - 1)} }`;
      return '';
    })
    .filter(Boolean)
    .join(' ');
}

/** Values for the other required arguments the walk meets: a search text, a municipality, a report's period, a host's month. */
const WALK_ARGUMENTS: Record<string, string> = {
  text: '"Virtanen"',
  municipality: '"Rinnala"',
  from: `"${helsinkiToday()}"`,
  to: `"${helsinkiToday()}"`,
  month: `"${helsinkiToday().slice(0, 7)}"`,
  hostId: `"${demo.users['social-host'].id}"`,
};

/** One operation per root query field, each selecting everything below it; `id: ID!` arguments get `familyId`. */
function walkOperations(schema: GraphQLSchema, familyId: string): Array<[string, string]> {
  return Object.values(schema.getQueryType()!.getFields()).map((root: GraphQLField<unknown, unknown>) => {
    const args = root.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
    const given = args.map((a) => {
      if (a.name === 'id' && String(a.type) === 'ID!') return `${a.name}: "${familyId}"`;
      if (a.name in WALK_ARGUMENTS) return `${a.name}: ${WALK_ARGUMENTS[a.name]}`;
      throw new Error(`The schema walk knows no value for ${root.name}(${a.name}); teach it one.`);
    });
    const named = getNamedType(root.type);
    const selection = isObjectType(named) ? ` { ${everything(named, 3)} }` : '';
    return [root.name, `{ ${root.name}${given.length ? `(${given.join(', ')})` : ''}${selection} }`];
  });
}

function leaves(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  else if (value !== null && value !== undefined) out.push(String(value));
  return out;
}

/** `Type.field` of every leaf in `data` whose value is one of `values`, read alongside the schema. */
function fieldsServing(data: unknown, type: GraphQLObjectType, values: Set<string>, out = new Set<string>()): Set<string> {
  if (Array.isArray(data)) data.forEach((d) => fieldsServing(d, type, values, out));
  else if (data && typeof data === 'object') {
    for (const [key, value] of Object.entries(data)) {
      const field = type.getFields()[key];
      const named = getNamedType(field.type);
      if (isObjectType(named)) fieldsServing(value, named, values, out);
      else if (values.has(String(value))) out.add(`${type.name}.${key}`);
    }
  }
  return out;
}

/** The `@category` each field declares in the committed supergraph. */
function supergraphCategories(): Map<string, string | undefined> {
  const doc = parse(fs.readFileSync(path.join(__dirname, '..', 'schema', 'supergraph.graphql'), 'utf8'));
  const categories = new Map<string, string | undefined>();
  for (const def of doc.definitions) {
    if (def.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const f of (def as ObjectTypeDefinitionNode).fields ?? []) {
      const arg = f.directives?.find((d) => d.name.value === 'category')?.arguments?.[0]?.value;
      categories.set(`${def.name.value}.${f.name.value}`, arg?.kind === Kind.STRING ? arg.value : undefined);
    }
  }
  return categories;
}

async function clientSchema(): Promise<GraphQLSchema> {
  const introspection = await gql<IntrospectionQuery>(getIntrospectionQuery(), { token: await tokenFor('family-worker') });
  return buildClientSchema(introspection.data!);
}

describe('everything a companion can reach', () => {
  it('holds no HETU, no case notes, no housing cases and no benefit data, whatever is asked', async () => {
    const token = await tokenFor('companion');
    const schema = await clientSchema();
    const query = `{ myFamilies { ${everything(schema.getType('Family') as GraphQLObjectType, 3)} } }`;
    expect(query).toContain('hetu');
    expect(query).toContain('purpose');

    const res = await gql(query, { token });
    const values = leaves(res.data);
    expect(values.length).toBeGreaterThan(100);
    for (const person of demo.persons) expect(values).not.toContain(person.hetu);
    for (const a of ofCompanion(demo.socialOfficeAppointments)) expect(values).not.toContain(a.kind);
    const denied = new Set(res.errors!.filter((e) => e.extensions!.code === 'FORBIDDEN').map((e) => String(e.path!.at(-1))));
    expect([...denied]).toEqual(expect.arrayContaining(['hetu', 'purpose']));
    for (const family of res.data!.myFamilies) {
      expect(family.housingCases).toEqual([]);
      expect(family.benefitApplications).toEqual([]);
      expect(family.accessLog).toEqual([]);
    }
  });

  it('walks every root of the whole API and finds no absence reason, clinic service type, meeting topic or other health value', async () => {
    const token = await tokenFor('companion');
    const schema = await clientSchema();
    // The demo families of this companion do have such data: otherwise the walk would prove nothing.
    expect(ofCompanion(demo.absences).length + ofCompanion(demo.clinicAppointments).length).toBeGreaterThan(0);

    const seen: string[] = [];
    for (const [root, query] of walkOperations(schema, companionFamilies[0])) {
      const res = await gql(query, { token });
      expect({ root, status: res.status }).toEqual({ root, status: 200 });
      // Refusals only (NOT_FOUND is how a root with an id refuses, so ids cannot be probed): a limit or a crash would hide what the walk is looking for.
      const codes = new Set((res.errors ?? []).map((e) => e.extensions!.code));
      expect({ root, codes: [...codes].filter((c) => c !== 'FORBIDDEN' && c !== 'NOT_FOUND') }).toEqual({ root, codes: [] });
      seen.push(...leaves(res.data));
    }
    expect(seen.length).toBeGreaterThan(100);
    const leaked = seen.filter((v) => [...HEALTH_VALUES, ...NOTE_VALUES].some((h) => v.includes(h)));
    expect(leaked).toEqual([]);
    expect(seen).toEqual(expect.arrayContaining(['Child health clinic visit']));
  });

  it('finds every field that serves a health value categorised as health, so the walk above covers new ones too', async () => {
    // A guardian may see the own family's health data: wherever it shows up, its field must say `health`.
    const guardian = demo.families[0].members[0];
    const schema = await clientSchema();
    const res = await gql(`{ myFamilies { ${everything(schema.getType('Family') as GraphQLObjectType, 3)} } }`, {
      token: await tokenFor('guardian', guardian.id),
    });
    const serving = fieldsServing(res.data!.myFamilies, schema.getType('Family') as GraphQLObjectType, HEALTH_VALUES);
    expect([...serving]).toEqual(expect.arrayContaining(['ClinicAppointment.serviceType']));
    const categories = supergraphCategories();
    expect([...serving].filter((f) => categories.get(f) !== 'health')).toEqual([]);
  });
});

describe('a companion with a long consent history', () => {
  const familyId = companionFamilies[0];
  const guardian = demo.families.find((f) => f.id === familyId)!.members[0];
  const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;
  const REVOKE = `mutation($id: ID!) { revokeConsent(id: $id) { id } }`;
  const SCOPE_SETS = [['bookings', 'contact'], ['contact', 'bookings'], ['bookings'], ['contact']];
  const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

  async function volunteerGrants(): Promise<Grant[]> {
    const system = await passportFor({ sub: 'passport-issuer', roles: ['system'], grants: [] }, 'volunteers');
    const res = await fetch(besideGraphql(subgraphUrl('volunteers'), '/grants'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PASSPORT_HEADER]: system },
      body: JSON.stringify({ sub: companionId, roles: ['companion'] }),
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { grants: Grant[] }).grants;
  }

  async function endConsents(ids: string[], validUntil: string): Promise<string[]> {
    if (!process.env.RINNALLA_TEST_DATABASE) return [];
    const client = new Client({ connectionString: process.env.RINNALLA_TEST_DATABASE });
    await client.connect();
    try {
      await client.query(`UPDATE ${schemaName('volunteers')}.consent SET "validUntil" = $2 WHERE id = ANY($1)`, [ids, validUntil]);
    } finally {
      await client.end();
    }
    return ids;
  }

  it('with 500 consents, 100 of them revoked (and on PostgreSQL 125 ended), still gets the headline query, from one grant per family and scope set', async () => {
    const token = await tokenFor('guardian', guardian.id);
    const today = helsinkiToday();
    const ids: string[] = [];
    for (let batch = 0; batch < 50; batch++) {
      const made = await Promise.all(
        Array.from({ length: 10 }, (_, i) => {
          const n = batch * 10 + i;
          const input = {
            familyId,
            companionId,
            scopes: SCOPE_SETS[n % SCOPE_SETS.length].map((s) => s.toUpperCase()),
            validUntil: addDays(today, 1 + (n % 300)),
          };
          return gql(GRANT, { token, variables: { input } });
        }),
      );
      for (const res of made) {
        expect(res.errors).toBeUndefined();
        ids.push(res.data!.grantConsent.id);
      }
    }
    const revoked = ids.filter((_, i) => i % 5 === 0);
    for (const id of revoked) expect((await gql(REVOKE, { token, variables: { id } })).errors).toBeUndefined();
    // On PostgreSQL the test reaches the volunteers' table and ends every contact-only consent, as time would.
    const ended = await endConsents(
      ids.filter((_, i) => SCOPE_SETS[i % SCOPE_SETS.length].join() === 'contact'),
      addDays(today, -1),
    );

    const grants = (await volunteerGrants()).filter((g) => g.family === familyId);
    expect(grants.map((g) => [...g.categories].sort().join('+')).sort()).toEqual(
      // Each also carries the companion's own companionship with the family, whatever the scopes.
      ended.length
        ? ['bookings+companionship', 'bookings+companionship+contact']
        : ['bookings+companionship', 'bookings+companionship+contact', 'companionship+contact'],
    );
    expect(grants.filter((g) => revoked.includes(g.ref) || ended.includes(g.ref))).toEqual([]);

    await new Promise((r) => setTimeout(r, 5_100)); // the gateway caches grants for 5 s
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.myFamilies.map((f: { id: string }) => f.id).sort()).toEqual([...companionFamilies].sort());
  }, 300_000);

  it("ends each grant at the end of the consent's last day in Helsinki time", async () => {
    for (const grant of await volunteerGrants()) {
      const local = new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Europe/Helsinki',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(grant.until!));
      expect(local).toBe('23:59:59');
      expect(grant.until!.endsWith('59.999Z')).toBe(true);
    }
  });
});
