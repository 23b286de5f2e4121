import { addWorkingDays } from '../subgraphs/kit/working-days';
import { SeededRandom } from './random';

/**
 * Housing support in the demo municipality: the counsellors, cases in every state of both flows, and the
 * 2009–2012 scenario of the housing-support model's report (418 clients; 84 % kept, 12 % lost, 4 % unresolved;
 * disturbance evictions 55 in 2009, 22 in 2011). The report counts these rows; nothing here is a total.
 * Its own generator, so adding rows here never shifts the rest of the demo municipality.
 */
const SEED = 2026_08;
export const FIRST_CONTACT_WORKING_DAYS = 2;

/** The model's project years and published results, which the scenario's rows are laid out to reproduce. */
export const HOUSING_SCENARIO = {
  from: '2009-01-01',
  to: '2012-12-31',
  kept: 351,
  lost: 50,
  unresolved: 17,
  /** The partner landlord's evictions per year (the published figures are 2009 and 2011 disturbance; the rest fill the years). */
  evictions: {
    DISTURBANCE: { 2009: 55, 2010: 38, 2011: 22, 2012: 19 },
    RENT_ARREARS: { 2009: 64, 2010: 51, 2011: 40, 2012: 33 },
  } as Record<'DISTURBANCE' | 'RENT_ARREARS', Record<number, number>>,
};

type AlertType = 'RENT_ARREARS' | 'DISTURBANCE';
type Outcome = 'KEPT' | 'LOST' | 'UNRESOLVED';
type Problem = 'SUBSTANCE_USE' | 'MENTAL_HEALTH' | 'FINANCIAL' | 'OTHER';

export interface DemoHousingCase {
  id: string;
  familyId: string;
  municipality: string;
  kind: 'EVICTION_PREVENTION' | 'MOVE_TO_OWN_TENANCY';
  alertType: AlertType | null;
  openedOn: string;
  counsellorId: string | null;
  firstContactDueOn: string;
  firstContactOn: string | null;
  problemCategories: Problem[];
  servicePlanId: string | null;
  movedInOn: string | null;
  outcome: Outcome | null;
  closedOn: string | null;
}

const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const minDate = (a: string, b: string) => (a < b ? a : b);

export function demoHousing(input: {
  municipality: string;
  anchor: string;
  counsellorId: string;
  socialWorkerId: string;
  /** Families of the register that may get a current case: none of them has a case or a tenancy yet. */
  freeFamilies: Array<{ id: string }>;
  /** The first cases of municipality.ts (from landlords' alerts), completed here with what a case now carries. */
  alertCases: Array<{ id: string; familyId: string; alertType: AlertType; openedOn: string; outcome: Outcome | null }>;
}) {
  const rng = new SeededRandom(SEED);
  const { municipality, anchor } = input;
  // Counsellors of the 2009–2012 project have moved on: only today's counsellor takes new cases.
  const formerCounsellors = [rng.uuid(), rng.uuid()];
  const counsellors = [{ userId: input.counsellorId, municipality }];
  const due = (openedOn: string) => addWorkingDays(openedOn, FIRST_CONTACT_WORKING_DAYS);
  const problemsOf = (): Problem[] => {
    // Roughly a third substance use, a third mental health, a third other (mostly financial); some have two.
    const first = rng.pick(['SUBSTANCE_USE', 'MENTAL_HEALTH', 'FINANCIAL', 'FINANCIAL', 'OTHER', 'SUBSTANCE_USE', 'MENTAL_HEALTH'] as const);
    const second = rng.chance(0.25) ? rng.pick(['SUBSTANCE_USE', 'MENTAL_HEALTH', 'FINANCIAL'] as const) : first;
    return [...new Set<Problem>([first, second])];
  };

  const cases: DemoHousingCase[] = input.alertCases.map((c) => ({
    ...c,
    municipality,
    kind: 'EVICTION_PREVENTION',
    counsellorId: input.counsellorId,
    firstContactDueOn: due(c.openedOn),
    firstContactOn: addDays(c.openedOn, 1),
    problemCategories: problemsOf(),
    servicePlanId: null,
    movedInOn: null,
    closedOn: c.outcome ? minDate(addDays(c.openedOn, 60), anchor) : null,
  }));
  const homeVisits: Array<{
    id: string;
    caseId: string;
    familyId: string;
    visitedOn: string;
    counsellorId: string;
    socialWorkerId: string | null;
    findings: string;
  }> = [];
  const referrals: Array<{ id: string; caseId: string; familyId: string; kind: string; referredOn: string }> = [];
  const followUps: Array<{ id: string; caseId: string; familyId: string; followedUpOn: string; status: string }> = [];
  const evictions: Array<{ id: string; municipality: string; familyId: string; caseId: string | null; type: AlertType; evictedOn: string }> = [];

  // Current cases in every state, on families of the register, for the demo counsellor.
  const free = [...input.freeFamilies];
  const current = (opts: Partial<DemoHousingCase> & { openedDaysAgo: number }): DemoHousingCase => {
    const family = free.shift()!;
    const { openedDaysAgo, ...rest } = opts;
    const openedOn = addDays(anchor, -openedDaysAgo);
    const c: DemoHousingCase = {
      id: rng.uuid(),
      familyId: family.id,
      municipality,
      kind: 'EVICTION_PREVENTION',
      alertType: rng.pick(['RENT_ARREARS', 'DISTURBANCE'] as const),
      openedOn,
      counsellorId: input.counsellorId,
      firstContactDueOn: due(openedOn),
      firstContactOn: null,
      problemCategories: [],
      servicePlanId: null,
      movedInOn: null,
      outcome: null,
      closedOn: null,
      ...rest,
    };
    cases.push(c);
    return c;
  };
  const visit = (c: DemoHousingCase, daysAfter: number, findings: string, withSocialWorker = true) => {
    const visitedOn = addDays(c.openedOn, daysAfter);
    homeVisits.push({
      id: rng.uuid(),
      caseId: c.id,
      familyId: c.familyId,
      visitedOn,
      counsellorId: input.counsellorId,
      socialWorkerId: withSocialWorker ? input.socialWorkerId : null,
      findings,
    });
    c.firstContactOn ??= visitedOn;
  };
  const refer = (c: DemoHousingCase, kind: string, daysAfter: number) =>
    referrals.push({ id: rng.uuid(), caseId: c.id, familyId: c.familyId, kind, referredOn: addDays(c.openedOn, daysAfter) });

  for (let i = 0; i < 2; i++) current({ /* new: first contact not due yet */ openedDaysAgo: 0 });
  current({ /* first contact overdue */ openedDaysAgo: 9 });
  for (let i = 0; i < 3; i++) {
    const c = current({ /* open, visited, referred */ openedDaysAgo: 20 + i, problemCategories: ['SUBSTANCE_USE', 'FINANCIAL'], servicePlanId: rng.uuid() });
    visit(c, 1, 'Rent unpaid since spring; the tenant agreed to a payment plan with the landlord.');
    refer(c, 'SUBSTANCE_USE_TREATMENT', 5);
    refer(c, 'ACTIVATION', 12);
  }
  const kept = current({ /* closed KEPT */ openedDaysAgo: 120, problemCategories: ['MENTAL_HEALTH'] });
  visit(kept, 2, 'Home in order; disturbance linked to a treatment break. Referred back to the mental-health clinic.');
  refer(kept, 'MENTAL_HEALTH_TREATMENT', 3);
  Object.assign(kept, { outcome: 'KEPT', closedOn: addDays(kept.openedOn, 75) });
  const lost = current({ /* closed LOST by eviction */ openedDaysAgo: 200, alertType: 'RENT_ARREARS', problemCategories: ['FINANCIAL'] });
  visit(lost, 1, 'Arrears of several months; the tenant did not take up the payment plan.', false);
  Object.assign(lost, { outcome: 'LOST', closedOn: addDays(lost.openedOn, 90) });
  evictions.push({ id: rng.uuid(), municipality, familyId: lost.familyId, caseId: lost.id, type: 'RENT_ARREARS', evictedOn: lost.closedOn! });
  const unresolved = current({ /* closed UNRESOLVED */ openedDaysAgo: 150, problemCategories: ['OTHER'] });
  Object.assign(unresolved, { outcome: 'UNRESOLVED', closedOn: addDays(unresolved.openedOn, 40), firstContactOn: addDays(unresolved.openedOn, 2) });
  for (let i = 0; i < 2; i++) {
    const moving = current({
      /* moved into an own tenancy, followed up */
      openedDaysAgo: 60 + i,
      kind: 'MOVE_TO_OWN_TENANCY',
      alertType: null,
      problemCategories: ['SUBSTANCE_USE'],
    });
    Object.assign(moving, { movedInOn: addDays(moving.openedOn, 7), firstContactOn: moving.openedOn });
    followUps.push({ id: rng.uuid(), caseId: moving.id, familyId: moving.familyId, followedUpOn: addDays(moving.openedOn, 30), status: 'SETTLED' });
    followUps.push({ id: rng.uuid(), caseId: moving.id, familyId: moving.familyId, followedUpOn: addDays(moving.openedOn, 50), status: 'NEEDS_SUPPORT' });
  }
  const moved = current({ /* move followed up and closed KEPT */ openedDaysAgo: 250, kind: 'MOVE_TO_OWN_TENANCY', alertType: null });
  Object.assign(moved, { movedInOn: addDays(moved.openedOn, 5), firstContactOn: moved.openedOn, outcome: 'KEPT', closedOn: addDays(moved.openedOn, 180) });
  followUps.push({ id: rng.uuid(), caseId: moved.id, familyId: moved.familyId, followedUpOn: addDays(moved.openedOn, 90), status: 'SETTLED' });

  // The 2009–2012 scenario: former clients (not in today's family register), each with one case.
  const scenarioStart = Date.parse(`${HOUSING_SCENARIO.from}T00:00:00Z`);
  const lastOpening = Date.parse('2012-09-30T00:00:00Z');
  const outcomes: Outcome[] = [
    ...Array<Outcome>(HOUSING_SCENARIO.kept).fill('KEPT'),
    ...Array<Outcome>(HOUSING_SCENARIO.lost).fill('LOST'),
    ...Array<Outcome>(HOUSING_SCENARIO.unresolved).fill('UNRESOLVED'),
  ];
  for (let i = outcomes.length - 1; i > 0; i--) {
    const j = rng.int(0, i); // spread the outcomes over the years
    [outcomes[i], outcomes[j]] = [outcomes[j], outcomes[i]];
  }
  const linkedEvictions = { DISTURBANCE: {} as Record<number, number>, RENT_ARREARS: {} as Record<number, number> };
  for (const [i, outcome] of outcomes.entries()) {
    const openedOn = new Date(scenarioStart + Math.floor(((lastOpening - scenarioStart) * i) / outcomes.length)).toISOString().slice(0, 10);
    const alertType: AlertType = rng.chance(0.5) ? 'DISTURBANCE' : 'RENT_ARREARS';
    // Unresolved at the end of the project: closed on its last day without a known outcome.
    const closedOn = outcome === 'UNRESOLVED' ? HOUSING_SCENARIO.to : minDate(addDays(openedOn, rng.int(30, 240)), HOUSING_SCENARIO.to);
    const c: DemoHousingCase = {
      id: rng.uuid(),
      familyId: rng.uuid(),
      municipality,
      kind: 'EVICTION_PREVENTION',
      alertType,
      openedOn,
      counsellorId: rng.pick(formerCounsellors),
      firstContactDueOn: due(openedOn),
      firstContactOn: addDays(openedOn, rng.int(0, 2)),
      problemCategories: problemsOf(),
      servicePlanId: null,
      movedInOn: null,
      outcome,
      closedOn,
    };
    cases.push(c);
    if (outcome === 'LOST') {
      const year = Number(closedOn.slice(0, 4));
      linkedEvictions[alertType][year] = (linkedEvictions[alertType][year] ?? 0) + 1;
      evictions.push({ id: rng.uuid(), municipality, familyId: c.familyId, caseId: c.id, type: alertType, evictedOn: closedOn });
    }
  }
  // The landlord's other evictions of the year (tenants who were not clients), up to the year's figure.
  for (const type of ['DISTURBANCE', 'RENT_ARREARS'] as const) {
    for (const [year, total] of Object.entries(HOUSING_SCENARIO.evictions[type])) {
      const others = total - (linkedEvictions[type][Number(year)] ?? 0);
      if (others < 0) throw new Error(`the scenario has more client evictions than the ${year} ${type} figure`);
      for (let k = 0; k < others; k++) {
        evictions.push({
          id: rng.uuid(),
          municipality,
          familyId: rng.uuid(),
          caseId: null,
          type,
          evictedOn: `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
        });
      }
    }
  }

  return { counsellors, cases, homeVisits, referrals, followUps, evictions };
}

export type DemoHousing = ReturnType<typeof demoHousing>;
