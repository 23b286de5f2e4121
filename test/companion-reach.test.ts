import { buildClientSchema, getIntrospectionQuery, getNamedType, isObjectType, isLeafType, type GraphQLObjectType, type IntrospectionQuery } from 'graphql';
import { demoMunicipality } from '../demo/municipality';
import { gql, tokenFor } from './setup/client';

const demo = demoMunicipality();

/** Selects every field reachable from a type, to a depth, skipping fields that need arguments. */
function everything(type: GraphQLObjectType, depth: number): string {
  const fields = Object.values(type.getFields()).filter((f) => f.args.every((a) => a.defaultValue !== undefined || !String(a.type).endsWith('!')));
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

function leaves(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => leaves(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => leaves(v, out));
  else if (value !== null && value !== undefined) out.push(String(value));
  return out;
}

describe('everything a companion can reach', () => {
  it('holds no HETU, no case notes, no housing cases and no benefit data, whatever is asked', async () => {
    const token = await tokenFor('companion');
    const introspection = await gql<IntrospectionQuery>(getIntrospectionQuery(), { token: await tokenFor('family-worker') });
    const schema = buildClientSchema(introspection.data!);
    const query = `{ myFamilies { ${everything(schema.getType('Family') as GraphQLObjectType, 3)} } }`;
    expect(query).toContain('hetu');
    expect(query).toContain('purpose');

    const res = await gql(query, { token });
    const values = leaves(res.data);
    expect(values.length).toBeGreaterThan(100);
    for (const person of demo.persons) expect(values).not.toContain(person.hetu);
    const companionFamilies = new Set(demo.assignments.filter((a) => a.companionId === demo.users.companion.id).map((a) => a.familyId));
    for (const a of demo.socialOfficeAppointments.filter((x) => companionFamilies.has(x.familyId))) expect(values).not.toContain(a.kind);
    const denied = new Set(res.errors!.filter((e) => e.extensions!.code === 'FORBIDDEN').map((e) => String(e.path!.at(-1))));
    expect([...denied]).toEqual(expect.arrayContaining(['hetu', 'purpose']));
    for (const family of res.data!.myFamilies) {
      expect(family.housingCases).toEqual([]);
      expect(family.benefitApplications).toEqual([]);
      expect(family.accessLog).toEqual([]);
    }
  });
});
