import { demoMunicipality } from '../demo/municipality';
import { AGENDA_PROVIDERS, gql, HEADLINE, sqlStatementsFor, tokenFor } from './setup/client';

const demo = demoMunicipality();

/** A demo companion with exactly one active assignment, and twenty other families to add. */
function companionWithOneFamily() {
  const active = demo.assignments.filter((a) => a.endsOn === null);
  const companion = demo.companions.find((c) => active.filter((a) => a.companionId === c.id).length === 1)!;
  const taken = new Set(demo.assignments.map((a) => a.familyId));
  const more = demo.families.filter((f) => !taken.has(f.id)).slice(0, 19);
  return { companion, more };
}

describe('no N+1 in the headline query', () => {
  it('runs the same number of SQL statements per subgraph for 1 family and for 20', async () => {
    const { companion, more } = companionWithOneFamily();
    const companionToken = await tokenFor('companion', companion.id);

    const one = await gql(HEADLINE, { token: companionToken });
    expect(one.errors).toBeUndefined();
    expect(one.data!.myFamilies).toHaveLength(1);
    const countsForOne = await sqlStatementsFor(one.requestId);

    // The companion's coordinator proposes nineteen more families; each guardian consents, which makes the match active.
    const coordinatorId = demo.companionship.coordinators.find((c) => c.organisation === companion.organisation)!.id;
    const coordinator = await tokenFor('volunteer-coordinator', coordinatorId);
    for (const family of more) {
      const assigned = await gql(`mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }`, {
        token: coordinator,
        variables: { input: { familyId: family.id, companionId: companion.id, startsOn: '2026-01-01' } },
      });
      expect(assigned.errors).toBeUndefined();
      const guardian = await tokenFor('guardian', family.members[0].id);
      const consent = await gql(`mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id scopes } }`, {
        token: guardian,
        variables: {
          input: {
            familyId: family.id,
            companionId: companion.id,
            scopes: ['BOOKINGS', 'CONTACT'],
            validUntil: demo.anchor.replace(/^\d{4}/, (y) => String(Number(y) + 1)).replace(/-\d{2}$/, '-01'),
          },
        },
      });
      expect(consent.errors).toBeUndefined();
    }
    await new Promise((r) => setTimeout(r, 5_100)); // past the passport issuer's grant cache

    const twenty = await gql(HEADLINE, { token: companionToken });
    expect(twenty.errors).toBeUndefined();
    expect(twenty.data!.myFamilies).toHaveLength(20);
    const countsForTwenty = await sqlStatementsFor(twenty.requestId);

    expect(Object.keys(countsForOne).sort()).toEqual(['families', ...AGENDA_PROVIDERS.map((s) => s.name)].sort());
    expect(countsForTwenty).toEqual(countsForOne);
  });
});
