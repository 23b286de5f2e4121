import { randomUUID } from 'node:crypto';
import { demoMunicipality } from '../demo/municipality';
import { gql, subgraphUrl, tokenFor } from './setup/client';
import { passportFor, subgraphGql } from './setup/subgraph-client';

const demo = demoMunicipality();
const REPORT = `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id type arrearsCents monthsInArrears description caseStatus tenancy { address } } }`;
// A tenancy whose family has no housing case yet, so the alert opens a new one.
const withoutCase = demo.tenancies.filter((t) => !demo.housingCases.some((c) => c.familyId === t.familyId));
const tenancy = withoutCase[0];
const openCasesOf = async (familyId: string) => {
  const res = await gql(`query($id: ID!) { family(id: $id) { housingCases { id outcome } } }`, {
    token: await tokenFor('housing-counsellor'),
    variables: { id: familyId },
  });
  return res.data!.family.housingCases.filter((c: { outcome: string | null }) => c.outcome === null);
};

describe("a landlord's alerts", () => {
  it('opens a housing case that the housing counsellor sees at once; the text is kept as plain data', async () => {
    const landlord = await tokenFor('landlord');
    const tenancies = await gql(`{ myTenancies { id address } }`, { token: landlord });
    expect(tenancies.data!.myTenancies.map((t: { id: string }) => t.id)).toContain(tenancy.id);

    const description = `Rent unpaid'); DROP TABLE housing_case;-- <script>alert(1)</script>`;
    const res = await gql(REPORT, {
      token: landlord,
      variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', arrearsCents: 125_000, monthsInArrears: 2, description } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportHousingAlert).toMatchObject({ type: 'RENT_ARREARS', arrearsCents: 125_000, monthsInArrears: 2, description, caseStatus: 'OPEN' });

    const counsellor = await gql(`query($id: ID!) { family(id: $id) { housingCases { alertType outcome } } }`, {
      token: await tokenFor('housing-counsellor'),
      variables: { id: tenancy.familyId },
    });
    expect(counsellor.data!.family.housingCases).toContainEqual({ alertType: 'RENT_ARREARS', outcome: null });

    const mine = await gql(`{ myHousingAlerts { id caseStatus } }`, { token: landlord });
    expect(mine.data!.myHousingAlerts.map((a: { id: string }) => a.id)).toContain(res.data!.reportHousingAlert.id);
  });

  it('learns nothing else of the family, and its reads are logged as disclosures', async () => {
    const landlord = await tokenFor('landlord');
    const family = await gql(`query($id: ID!) { family(id: $id) { displayName } }`, { token: landlord, variables: { id: tenancy.familyId } });
    expect(family.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql(`{ myFamilies { id } }`, { token: landlord })).data!.myFamilies).toEqual([]);

    await gql(`{ myHousingAlerts { id caseStatus } }`, { token: landlord });
    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerRole operation category basis service } } }`, {
      token: await tokenFor('data-protection-officer'),
      variables: { id: tenancy.familyId },
    });
    const landlordEntries = log.data!.family.accessLog.filter((e: { viewerRole: string }) => e.viewerRole === 'landlord');
    expect(landlordEntries).toContainEqual({ viewerRole: 'landlord', operation: 'DISCLOSE', category: 'HOUSING', basis: 'OWN_REPORT', service: 'housing' });
    expect(landlordEntries).toContainEqual({ viewerRole: 'landlord', operation: 'WRITE', category: 'HOUSING', basis: 'OWN_REPORT', service: 'housing' });
  });

  it("cannot report on another landlord's tenancy", async () => {
    const stranger = await tokenFor('landlord', randomUUID());
    const res = await gql(REPORT, {
      token: stranger,
      variables: { input: { tenancyId: tenancy.id, type: 'DISTURBANCE', warningGivenOn: '2026-11-02', disturbanceKind: 'NOISE', description: 'Noise' } },
    });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('explains what is missing or too long', async () => {
    const landlord = await tokenFor('landlord');
    const noAmount = await gql(REPORT, { token: landlord, variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', description: 'Unpaid' } } });
    expect(noAmount.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arrearsCents' });
    const tooLong = await gql(REPORT, {
      token: landlord,
      variables: {
        input: { tenancyId: tenancy.id, type: 'DISTURBANCE', warningGivenOn: '2026-11-02', disturbanceKind: 'NOISE', description: 'x'.repeat(1001) },
      },
    });
    expect(tooLong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toMatch(/description must be 1 to 1000 characters/);
  });

  it('is for landlords only', async () => {
    const res = await gql(`{ myHousingAlerts { id } }`, { token: await tokenFor('companion') });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  // Straight to the housing subgraph: on a loaded machine the gateway's 5 s deadline would cut the queue short.
  it('opens exactly one case for 200 concurrent alerts on one tenancy; the rest join it', async () => {
    const target = withoutCase[1];
    const passport = await passportFor({ sub: demo.users.landlord.id, roles: ['landlord'], grants: [] }, 'housing');
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        subgraphGql(subgraphUrl('housing'), REPORT, {
          passport,
          variables: {
            input: { tenancyId: target.id, type: 'DISTURBANCE', warningGivenOn: '2026-11-02', disturbanceKind: 'NOISE', description: `Noise report ${i}` },
          },
        }),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data!.reportHousingAlert.id)).size).toBe(200);
    expect(await openCasesOf(target.familyId)).toHaveLength(1);
  });

  it('returns the first alert for a retry with the same idempotency key and stores nothing new; other input under that key is a CONFLICT', async () => {
    const target = withoutCase[2];
    const landlord = await tokenFor('landlord');
    const input = {
      tenancyId: target.id,
      type: 'RENT_ARREARS',
      arrearsCents: 90_000,
      monthsInArrears: 1,
      description: 'Rent unpaid for March.',
      idempotencyKey: randomUUID(),
    };
    const alertCount = async () => (await gql(`{ myHousingAlerts { id } }`, { token: landlord })).data!.myHousingAlerts.length;

    const first = await gql(REPORT, { token: landlord, variables: { input } });
    expect(first.errors).toBeUndefined();
    const stored = await alertCount();
    const retries = await Promise.all([1, 2, 3].map(() => gql(REPORT, { token: landlord, variables: { input } })));
    for (const retry of retries) expect(retry.data!.reportHousingAlert).toEqual(first.data!.reportHousingAlert);
    expect(await alertCount()).toBe(stored);

    const changed = await gql(REPORT, { token: landlord, variables: { input: { ...input, arrearsCents: 90_100 } } });
    expect(changed.errors![0].extensions!.code).toBe('CONFLICT');
    expect(await alertCount()).toBe(stored);

    // Keys are the viewer's own: another landlord's same key is a new request (and that tenancy is not theirs).
    const stranger = await gql(REPORT, { token: await tokenFor('landlord', randomUUID()), variables: { input } });
    expect(stranger.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('refuses a malformed idempotency key', async () => {
    const res = await gql(REPORT, {
      token: await tokenFor('landlord'),
      variables: {
        input: {
          tenancyId: tenancy.id,
          type: 'DISTURBANCE',
          warningGivenOn: '2026-11-02',
          disturbanceKind: 'NOISE',
          description: 'Noise',
          idempotencyKey: 'x y',
        },
      },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors![0].message).toMatch(/idempotencyKey must be 8 to 100 letters/);
  });
});
