import { randomUUID } from 'node:crypto';
import { demoMunicipality } from '../demo/municipality';
import { gql, tokenFor } from './setup/client';

const demo = demoMunicipality();
const REPORT = `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id type arrearsEuros description caseStatus tenancy { address } } }`;
// A tenancy whose family has no housing case yet, so the alert opens a new one.
const tenancy = demo.tenancies.find((t) => !demo.housingCases.some((c) => c.familyId === t.familyId))!;

describe("a landlord's alerts", () => {
  it('opens a housing case that the housing counsellor sees at once; the text is kept as plain data', async () => {
    const landlord = await tokenFor('landlord');
    const tenancies = await gql(`{ myTenancies { id address } }`, { token: landlord });
    expect(tenancies.data!.myTenancies.map((t: { id: string }) => t.id)).toContain(tenancy.id);

    const description = `Rent unpaid'); DROP TABLE housing_case;-- <script>alert(1)</script>`;
    const res = await gql(REPORT, { token: landlord, variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', arrearsEuros: 1250, description } } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportHousingAlert).toMatchObject({ type: 'RENT_ARREARS', arrearsEuros: 1250, description, caseStatus: 'OPEN' });

    const counsellor = await gql(`query($id: ID!) { family(id: $id) { housingCases { alertType outcome } } }`, { token: await tokenFor('housing-counsellor'), variables: { id: tenancy.familyId } });
    expect(counsellor.data!.family.housingCases).toContainEqual({ alertType: 'RENT_ARREARS', outcome: null });

    const mine = await gql(`{ myHousingAlerts { id caseStatus } }`, { token: landlord });
    expect(mine.data!.myHousingAlerts.map((a: { id: string }) => a.id)).toContain(res.data!.reportHousingAlert.id);
  });

  it("learns nothing else of the family, and its reads are logged as disclosures", async () => {
    const landlord = await tokenFor('landlord');
    const family = await gql(`query($id: ID!) { family(id: $id) { displayName } }`, { token: landlord, variables: { id: tenancy.familyId } });
    expect(family.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await gql(`{ myFamilies { id } }`, { token: landlord })).data!.myFamilies).toEqual([]);

    await gql(`{ myHousingAlerts { id caseStatus } }`, { token: landlord });
    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerRole operation category basis service } } }`, { token: await tokenFor('data-protection-officer'), variables: { id: tenancy.familyId } });
    const landlordEntries = log.data!.family.accessLog.filter((e: { viewerRole: string }) => e.viewerRole === 'landlord');
    expect(landlordEntries).toContainEqual({ viewerRole: 'landlord', operation: 'DISCLOSE', category: 'HOUSING', basis: 'OWN_REPORT', service: 'housing' });
    expect(landlordEntries).toContainEqual({ viewerRole: 'landlord', operation: 'WRITE', category: 'HOUSING', basis: 'OWN_REPORT', service: 'housing' });
  });

  it("cannot report on another landlord's tenancy", async () => {
    const stranger = await tokenFor('landlord', randomUUID());
    const res = await gql(REPORT, { token: stranger, variables: { input: { tenancyId: tenancy.id, type: 'DISTURBANCE', description: 'Noise' } } });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('explains what is missing or too long', async () => {
    const landlord = await tokenFor('landlord');
    const noAmount = await gql(REPORT, { token: landlord, variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', description: 'Unpaid' } } });
    expect(noAmount.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'arrearsEuros' });
    const tooLong = await gql(REPORT, { token: landlord, variables: { input: { tenancyId: tenancy.id, type: 'DISTURBANCE', description: 'x'.repeat(1001) } } });
    expect(tooLong.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(tooLong.errors![0].message).toMatch(/description must be 1 to 1000 characters/);
  });

  it('is for landlords only', async () => {
    const res = await gql(`{ myHousingAlerts { id } }`, { token: await tokenFor('companion') });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
