import { demoMunicipality } from '../demo/municipality';
import { registeredSubgraph } from '../subgraphs/kit/registry';
import { gql, HEADLINE, tokenFor } from './setup/client';

// The example partner (partners/parish-activities) joined by a registry entry alone: no edit to gateway/, the kit or families.
const demo = demoMunicipality();
const familyId = demo.families[0].id; // the demo guardian's family, which the demo companion walks alongside
const LOG = `query($id: ID!) { family(id: $id) { accessLog { viewerId viewerRole category operation basis service } } }`;
const OWN = `query($id: ID!) { family(id: $id) { agenda { source title } parishActivities { activity startsAt } } }`;

type Item = { source: string; title: string };
const partnerItems = (families: Array<{ id: string; agenda: Item[] }>) =>
  families.find((f) => f.id === familyId)!.agenda.filter((i) => i.source === 'COMMUNITY_ACTIVITIES');

describe('a partner subgraph from the registry: parish family activities', () => {
  it('is registered as a partner with its own agenda source, access-log part and category', () => {
    expect(registeredSubgraph('parish-activities')).toMatchObject({
      main: 'partners/parish-activities/main.ts',
      agendaSource: { value: 'COMMUNITY_ACTIVITIES', field: 'parishActivitiesAgenda' },
      accessLogField: 'parishActivitiesAccessLog',
      categories: [{ name: 'belief' }],
    });
  });

  it("joins the companion's agenda, without naming the parish to someone without the belief grant", async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    const items = partnerItems(res.data!.myFamilies);
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.title))).toEqual(new Set(['Family activity']));
  });

  it("reaches the guardian's access log: the companion's read of the family's activities, on consent", async () => {
    await gql(HEADLINE, { token: await tokenFor('companion') });
    const res = await gql(LOG, { token: await tokenFor('guardian'), variables: { id: familyId } });
    expect(res.errors).toBeUndefined();
    const parish = res.data!.family.accessLog.filter((e: { service: string }) => e.service === 'parish-activities');
    expect(parish).toContainEqual({
      viewerId: demo.users.companion.id,
      viewerRole: 'companion',
      category: 'BOOKINGS',
      operation: 'READ',
      basis: 'CONSENT',
      service: 'parish-activities',
    });
  });

  it('shows the guardian the own family activities by name (the guardian holds every category, belief included)', async () => {
    const res = await gql(OWN, { token: await tokenFor('guardian'), variables: { id: familyId } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.family.parishActivities.length).toBeGreaterThan(0);
    expect(res.data!.family.agenda.filter((i: Item) => i.source === 'COMMUNITY_ACTIVITIES').every((i: Item) => i.title.startsWith('Parish: '))).toBe(true);
  });

  it("gives the companion none of the parish's own records: belief is never a companion's", async () => {
    const res = await gql(`query($id: ID!) { family(id: $id) { parishActivities { activity } } }`, {
      token: await tokenFor('companion'),
      variables: { id: familyId },
    });
    expect(res.data?.family?.parishActivities ?? []).toEqual([]);
  });
});
