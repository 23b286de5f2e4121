import { randomUUID } from 'node:crypto';
import { demoMunicipality } from '../demo/municipality';
import { HOUSING_SCENARIO } from '../demo/housing';
import { helsinkiToday } from '../subgraphs/kit/date-time';
import { addWorkingDays } from '../subgraphs/kit/working-days';
import { gql, tokenFor } from './setup/client';

const demo = demoMunicipality();
// A tenancy whose family has no case: housing-alerts.test takes the first ones of this list, this test the last.
const withoutCase = demo.tenancies.filter((t) => !demo.housingCases.some((c) => c.familyId === t.familyId));
const tenancy = withoutCase[withoutCase.length - 1];
const today = helsinkiToday();
const codeOf = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions;

const CASE = `query($id: ID!) { housingCase(id: $id) { id kind outcome counsellorId firstContactDueOn firstContactOn version
  homeVisits { visitedOn participants { userId role } findings } eviction { type } } }`;

let caseId: string;

describe('a landlord alert becomes a housing case that a counsellor works and closes', () => {
  it('reports arrears in cents; the counsellor sees the new case with its first-contact due date, records a home visit and closes it KEPT; the landlord sees only the status', async () => {
    const landlord = await tokenFor('landlord');
    const counsellor = await tokenFor('housing-counsellor');
    const input = {
      tenancyId: tenancy.id,
      type: 'RENT_ARREARS',
      arrearsCents: 125_050,
      monthsInArrears: 2,
      description: 'Rent unpaid for October and November.',
      idempotencyKey: randomUUID(),
    };
    const report = `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id arrearsCents monthsInArrears caseStatus } }`;
    const reported = await gql(report, { token: landlord, variables: { input } });
    expect(reported.errors).toBeUndefined();
    expect(reported.data!.reportHousingAlert).toMatchObject({ arrearsCents: 125_050, monthsInArrears: 2, caseStatus: 'OPEN' });
    // The same alert again (a retry) is the same alert.
    const retried = await gql(report, { token: landlord, variables: { input } });
    expect(retried.data!.reportHousingAlert.id).toBe(reported.data!.reportHousingAlert.id);

    const family = await gql(`query($id: ID!) { family(id: $id) { housingCases { id outcome } } }`, { token: counsellor, variables: { id: tenancy.familyId } });
    caseId = family.data!.family.housingCases.find((c: { outcome: string | null }) => c.outcome === null).id;
    const opened = await gql(CASE, { token: counsellor, variables: { id: caseId } });
    expect(opened.data!.housingCase).toMatchObject({
      kind: 'EVICTION_PREVENTION',
      counsellorId: demo.users['housing-counsellor'].id,
      firstContactDueOn: addWorkingDays(today, 2),
      firstContactOn: null,
      version: 1,
    });
    const mine = await gql(`{ myHousingCases { id } }`, { token: counsellor });
    expect(mine.data!.myHousingCases.map((c: { id: string }) => c.id)).toContain(caseId);

    const visit = await gql(`mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { id } }`, {
      token: counsellor,
      variables: {
        input: { caseId, visitedOn: today, socialWorkerId: demo.users['family-worker'].id, findings: 'Payment plan agreed.', idempotencyKey: randomUUID() },
      },
    });
    expect(visit.errors).toBeUndefined();
    const visited = (await gql(CASE, { token: counsellor, variables: { id: caseId } })).data!.housingCase;
    expect(visited.firstContactOn).toBe(today);
    expect(visited.homeVisits).toEqual([
      {
        visitedOn: today,
        findings: 'Payment plan agreed.',
        participants: [
          { userId: demo.users['housing-counsellor'].id, role: 'HOUSING_COUNSELLOR' },
          { userId: demo.users['family-worker'].id, role: 'SOCIAL_WORKER' },
        ],
      },
    ]);

    // The case continues under the family's service plan (social office's entity; housing holds its id).
    const servicePlanId = demo.help.servicePlans.find((p) => p.status === 'ACTIVE')!.id; // a plan social office keeps
    const updated = await gql(
      `mutation($input: UpdateHousingCaseInput!) { updateHousingCase(input: $input) { problemCategories servicePlan { id status } version } }`,
      {
        token: counsellor,
        variables: { input: { caseId, expectedVersion: visited.version, problemCategories: ['FINANCIAL', 'MENTAL_HEALTH'], servicePlanId } },
      },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateHousingCase).toEqual({
      problemCategories: ['FINANCIAL', 'MENTAL_HEALTH'],
      servicePlan: { id: servicePlanId, status: 'ACTIVE' },
      version: visited.version + 1,
    });
    visited.version += 1;

    const close = `mutation($input: CloseHousingCaseInput!) { closeHousingCase(input: $input) { outcome closedOn version } }`;
    const stale = await gql(close, {
      token: counsellor,
      variables: { input: { caseId, expectedVersion: visited.version - 1, outcome: 'KEPT', closedOn: today } },
    });
    expect(codeOf(stale)).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const evictedButKept = await gql(close, {
      token: counsellor,
      variables: {
        input: { caseId, expectedVersion: visited.version, outcome: 'KEPT', closedOn: today, eviction: { type: 'RENT_ARREARS', evictedOn: today } },
      },
    });
    expect(codeOf(evictedButKept)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'eviction' });
    const closed = await gql(close, {
      token: counsellor,
      variables: { input: { caseId, expectedVersion: visited.version, outcome: 'KEPT', closedOn: today } },
    });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeHousingCase).toMatchObject({ outcome: 'KEPT', closedOn: today });

    // The landlord: the status of its own alert's case, nothing else.
    const alerts = await gql(`{ myHousingAlerts { id caseStatus } }`, { token: landlord });
    expect(alerts.data!.myHousingAlerts).toContainEqual({ id: reported.data!.reportHousingAlert.id, caseStatus: 'CLOSED' });
    expect(codeOf(await gql(CASE, { token: landlord, variables: { id: caseId } }))!.code).toBe('FORBIDDEN');
    const asFamily = await gql(`query($id: ID!) { family(id: $id) { housingCases { id } } }`, { token: landlord, variables: { id: tenancy.familyId } });
    expect(codeOf(asFamily)!.code).toBe('NOT_FOUND');
    const visitByLandlord = await gql(`mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { id } }`, {
      token: landlord,
      variables: { input: { caseId, visitedOn: today, findings: 'x' } },
    });
    expect(codeOf(visitByLandlord)!.code).toBe('FORBIDDEN');

    // Its reads of the tenancy (the family's home) are disclosures in the family's access log.
    await gql(`{ myTenancies { id address } }`, { token: landlord });
    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerRole operation category basis service } } }`, {
      token: await tokenFor('data-protection-officer'),
      variables: { id: tenancy.familyId },
    });
    const entries = log.data!.family.accessLog;
    expect(entries).toContainEqual({ viewerRole: 'landlord', operation: 'DISCLOSE', category: 'HOUSING', basis: 'TENANCY', service: 'housing' });
    expect(entries).toContainEqual({ viewerRole: 'housing-counsellor', operation: 'WRITE', category: 'NOTES', basis: 'MUNICIPAL_ROLE', service: 'housing' });
  });

  it('refuses an alert without what its type needs, with a coded error naming the field', async () => {
    const landlord = await tokenFor('landlord');
    const report = `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id } }`;
    const noMonths = await gql(report, {
      token: landlord,
      variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', arrearsCents: 100, description: 'x' } },
    });
    expect(codeOf(noMonths)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'monthsInArrears' });
    const noKind = await gql(report, {
      token: landlord,
      variables: { input: { tenancyId: tenancy.id, type: 'DISTURBANCE', warningGivenOn: today, description: 'x' } },
    });
    expect(codeOf(noKind)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'disturbanceKind' });
    const float = await gql(report, {
      token: landlord,
      variables: { input: { tenancyId: tenancy.id, type: 'RENT_ARREARS', arrearsCents: 10.5, monthsInArrears: 1, description: 'x' } },
    });
    expect(codeOf(float)!.code).toBe('BAD_USER_INPUT');
  });
});

describe('a preventive-assistance application linked to the housing case', () => {
  it('moves draft → submitted → in review → decided; a skipped step and a stale version are refused with coded errors', async () => {
    const worker = await tokenFor('family-worker');
    const created = await gql(
      `mutation($input: CreateBenefitApplicationInput!) { createBenefitApplication(input: $input) { id status version housingCase { id outcome } } }`,
      {
        token: worker,
        variables: { input: { familyId: tenancy.familyId, kind: 'PREVENTIVE_SOCIAL_ASSISTANCE', housingCaseId: caseId, idempotencyKey: randomUUID() } },
      },
    );
    expect(created.errors).toBeUndefined();
    // The link resolves across subgraphs: benefits holds the id, housing serves the case.
    expect(created.data!.createBenefitApplication).toMatchObject({ status: 'DRAFT', version: 1, housingCase: { id: caseId, outcome: 'KEPT' } });
    const applicationId = created.data!.createBenefitApplication.id;
    const step = (name: string, expectedVersion: number, extra: object = {}) =>
      gql(
        `mutation($input: ${name === 'decideBenefitApplication' ? 'DecideBenefitApplicationInput' : 'BenefitApplicationStepInput'}!) { ${name}(input: $input) { status version decision { outcome amountCents periodFrom periodTo reasoning } } }`,
        {
          token: worker,
          variables: { input: { applicationId, expectedVersion, ...extra } },
        },
      );
    const decision = {
      outcome: 'PARTIALLY_GRANTED',
      amountCents: 98_000,
      periodFrom: today,
      periodTo: today,
      reasoning: 'Arrears cleared in part; a payment plan covers the rest.',
    };

    expect(codeOf(await step('decideBenefitApplication', 1, decision))).toMatchObject({
      code: 'CONFLICT',
      reason: 'INVALID_TRANSITION',
      from: 'DRAFT',
      to: 'DECIDED',
    });
    expect((await step('submitBenefitApplication', 1)).data!.submitBenefitApplication).toMatchObject({ status: 'SUBMITTED', version: 2 });
    expect(codeOf(await step('submitBenefitApplication', 2))).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
    expect(codeOf(await step('startBenefitReview', 1))).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await step('startBenefitReview', 2)).data!.startBenefitReview).toMatchObject({ status: 'IN_REVIEW', version: 3 });
    expect(codeOf(await step('decideBenefitApplication', 3, { ...decision, amountCents: 0 }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amountCents' });
    const decided = await step('decideBenefitApplication', 3, decision);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideBenefitApplication).toEqual({ status: 'DECIDED', version: 4, decision });
    expect(codeOf(await step('decideBenefitApplication', 4, decision))).toMatchObject({ code: 'CONFLICT', reason: 'INVALID_TRANSITION' });
  });

  it('links only preventive assistance to a housing case', async () => {
    const res = await gql(`mutation($input: CreateBenefitApplicationInput!) { createBenefitApplication(input: $input) { id } }`, {
      token: await tokenFor('family-worker'),
      variables: { input: { familyId: tenancy.familyId, kind: 'BASIC_SOCIAL_ASSISTANCE', housingCaseId: caseId } },
    });
    expect(codeOf(res)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'housingCaseId' });
  });
});

describe('the housing outcome report', () => {
  const REPORT = `query($m: String!, $from: LocalDate!, $to: LocalDate!) { housingOutcomes(municipality: $m, from: $from, to: $to) {
    clients kept lost unresolved openAtEnd keptPercent lostPercent unresolvedPercent problems { problem clients } evictionsByYear { year rentArrears disturbance } } }`;
  const variables = { m: 'Rinnala', from: HOUSING_SCENARIO.from, to: HOUSING_SCENARIO.to };

  it('reproduces the published table over the 2009–2012 demo scenario, and its numbers are those counted from the stored cases', async () => {
    const res = await gql(REPORT, { token: await tokenFor('housing-counsellor'), variables });
    expect(res.errors).toBeUndefined();
    const report = res.data!.housingOutcomes;
    // The published shape: 418 clients; 84 % kept, 12 % lost, 4 % unresolved; disturbance evictions 55 (2009) → 22 (2011).
    expect(report).toMatchObject({ clients: 418, keptPercent: 84, lostPercent: 12, unresolvedPercent: 4 });
    const year = (y: number) => report.evictionsByYear.find((e: { year: number }) => e.year === y);
    expect(year(2009).disturbance).toBe(55);
    expect(year(2011).disturbance).toBe(22);

    // Counted here from the rows the demo stored, independently of the SQL.
    const inPeriod = demo.housing.cases.filter((c) => c.municipality === 'Rinnala' && c.openedOn >= variables.from && c.openedOn <= variables.to);
    const outcomeAtEnd = (c: (typeof inPeriod)[number]) => (c.outcome && c.closedOn! <= variables.to ? c.outcome : null);
    expect(report.clients).toBe(new Set(inPeriod.map((c) => c.familyId)).size);
    expect(report.kept).toBe(inPeriod.filter((c) => outcomeAtEnd(c) === 'KEPT').length);
    expect(report.lost).toBe(inPeriod.filter((c) => outcomeAtEnd(c) === 'LOST').length);
    expect(report.unresolved).toBe(inPeriod.filter((c) => outcomeAtEnd(c) !== 'KEPT' && outcomeAtEnd(c) !== 'LOST').length);
    for (const p of report.problems) expect(p.clients).toBe(inPeriod.filter((c) => c.problemCategories.includes(p.problem)).length);
    const evictions = demo.housing.evictions.filter((e) => e.evictedOn >= variables.from && e.evictedOn <= variables.to);
    for (const y of report.evictionsByYear) {
      const of = (type: string) => evictions.filter((e) => e.type === type && e.evictedOn.startsWith(String(y.year))).length;
      expect(y).toEqual({ year: y.year, rentArrears: of('RENT_ARREARS'), disturbance: of('DISTURBANCE') });
    }
    expect(report.evictionsByYear.map((e: { year: number }) => e.year)).toEqual([2009, 2010, 2011, 2012]);
  });

  it('is for the municipality’s housing counsellors and family workers only', async () => {
    expect((await gql(REPORT, { token: await tokenFor('family-worker'), variables })).errors).toBeUndefined();
    for (const role of ['landlord', 'companion', 'guardian'] as const) {
      expect(codeOf(await gql(REPORT, { token: await tokenFor(role), variables }))!.code).toBe('FORBIDDEN');
    }
    expect(codeOf(await gql(REPORT, { token: await tokenFor('housing-counsellor'), variables: { ...variables, to: '2008-12-31' } }))!.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('a companion and the family’s benefits', () => {
  const family = demo.families[0]; // the demo companion's, with a decided application
  const QUERY = `query($id: ID!) { family(id: $id) { benefitApplications { kind status decision { amountCents reasoning } } benefitStatuses { kind status open missing } } }`;

  it('without the benefits consent sees nothing; with it sees status, open and missing applications, and never an amount', async () => {
    const companion = await tokenFor('companion');
    const before = await gql(QUERY, { token: companion, variables: { id: family.id } });
    expect(before.data!.family).toEqual({ benefitApplications: [], benefitStatuses: [] });

    const consent = await gql(`mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      token: await tokenFor('guardian'),
      variables: { input: { familyId: family.id, companionId: demo.users.companion.id, scopes: ['BENEFITS', 'BOOKINGS', 'CONTACT'], validUntil: today } },
    });
    expect(consent.errors).toBeUndefined();
    let after = before;
    for (let i = 0; i < 40 && after.data!.family.benefitApplications.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 250)); // grants are cached for seconds
      after = await gql(QUERY, { token: companion, variables: { id: family.id } });
    }
    const { benefitApplications, benefitStatuses } = after.data!.family;
    expect(benefitApplications).toContainEqual({ kind: 'BASIC_SOCIAL_ASSISTANCE', status: 'DECIDED', decision: null });
    expect(benefitApplications.every((a: { decision: unknown }) => a.decision === null)).toBe(true);
    expect(benefitStatuses).toContainEqual({ kind: 'SUPPLEMENTARY_SOCIAL_ASSISTANCE', status: 'SUBMITTED', open: true, missing: false });
    expect(benefitStatuses).toContainEqual({ kind: 'PREVENTIVE_SOCIAL_ASSISTANCE', status: null, open: false, missing: true });
    expect(JSON.stringify(after)).not.toMatch(/amountCents":\d/);

    // The family worker sees the amount; the companion's reads are logged under the consent.
    const worker = await gql(QUERY, { token: await tokenFor('family-worker'), variables: { id: family.id } });
    expect(worker.data!.family.benefitApplications.some((a: { decision: { amountCents: number } | null }) => a.decision?.amountCents !== undefined)).toBe(true);
    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerRole operation category basis service } } }`, {
      token: await tokenFor('data-protection-officer'),
      variables: { id: family.id },
    });
    expect(log.data!.family.accessLog).toContainEqual({
      viewerRole: 'companion',
      operation: 'READ',
      category: 'BENEFITS',
      basis: 'CONSENT',
      service: 'benefits',
    });
    expect(log.data!.family.accessLog).not.toContainEqual(expect.objectContaining({ viewerRole: 'companion', category: 'BENEFIT_AMOUNTS' }));

    await gql(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, { token: await tokenFor('guardian'), variables: { id: consent.data!.grantConsent.id } });
  });
});
