import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { Client } from 'pg';
import { demoMunicipality, type DemoUserRole } from '../demo/municipality';
import { makeHetu } from '../subgraphs/families/person/hetu';
import { Action, ACTIONS } from '../subgraphs/kit/actions';
import { helsinkiToday } from '../subgraphs/kit/date-time';
import { projectRoot } from '../subgraphs/kit/project-root';
import { gql, tokenFor } from './setup/client';

const demo = demoMunicipality();
const ROLES = Object.keys(demo.users) as DemoUserRole[];
const family = demo.families[0]; // the demo guardian's own
// A family with a demo housing case: the families without one are housing-alerts.test's, which checks the case it opens.
const tenancy = demo.tenancies.find((t) => demo.housingCases.some((c) => c.familyId === t.familyId))!;
// Cases and applications of the demo's own housing and benefits slices, one per action, so no sample meets another's change.
const alertCaseIds = new Set(demo.housingCases.map((c) => c.id));
const openCases = demo.housing.cases.filter((c) => c.outcome === null && c.kind === 'EVICTION_PREVENTION' && !alertCaseIds.has(c.id));
const moveCase = demo.housing.cases.find((c) => c.outcome === null && c.kind === 'MOVE_TO_OWN_TENANCY')!;
const closedCase = demo.housing.cases.find((c) => c.outcome === 'KEPT' && c.kind === 'EVICTION_PREVENTION' && !alertCaseIds.has(c.id) && c.openedOn > '2020')!;
const applicationIn = (status: string) => demo.benefits.applications.find((a) => a.status === status && a.familyId !== family.id)!;
const inDays = (n: number) => helsinkiToday(new Date(Date.now() + n * 86_400_000));
const demoHetus = new Set(demo.persons.map((p) => p.hetu));
const freshHetu = () => {
  for (;;) {
    const hetu = makeHetu(
      `19${80 + Math.floor(Math.random() * 19)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
      900 + Math.floor(Math.random() * 100),
    );
    if (!demoHetus.has(hetu)) return hetu;
  }
};

/** The mutations of the composed schema, as a client sees them. */
function composedMutations(): string[] {
  const sdl = fs.readFileSync(path.join(projectRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  const mutation = parse(sdl).definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'Mutation');
  return (mutation?.fields ?? []).map((f) => f.name.value).sort();
}

/** What each mutation stores, counted in its owning subgraph's schema (PostgreSQL runs), its write log entries included. */
const STORED: Record<Action, string[]> = {
  [Action.RegisterFamily]: ['families.family', 'families.person', `families.access_log WHERE operation = 'write'`],
  [Action.GrantConsent]: ['volunteers.consent', `volunteers.access_log WHERE operation = 'write'`],
  [Action.RevokeConsent]: [`volunteers.consent WHERE "revokedAt" IS NOT NULL`, `volunteers.access_log WHERE operation = 'write'`],
  [Action.AssignCompanion]: ['volunteers.companion_assignment', `volunteers.access_log WHERE operation = 'write'`],
  [Action.ReportHousingAlert]: ['housing.housing_alert', 'housing.housing_case', `housing.access_log WHERE operation = 'write'`],
  [Action.AskForHelp]: ['families.help_request'],
  [Action.UpdateHousingCase]: [`housing.housing_case WHERE "problemCategories" <> '{}'`, `housing.access_log WHERE operation = 'write'`],
  [Action.RecordHomeVisit]: ['housing.home_visit', `housing.access_log WHERE operation = 'write'`],
  [Action.ReferHousingClient]: ['housing.housing_referral', `housing.access_log WHERE operation = 'write'`],
  [Action.CloseHousingCase]: [`housing.housing_case WHERE outcome IS NOT NULL`, `housing.access_log WHERE operation = 'write'`],
  [Action.OpenMoveToOwnTenancy]: ['housing.housing_case', `housing.access_log WHERE operation = 'write'`],
  [Action.RecordHousingFollowUp]: ['housing.housing_follow_up', `housing.access_log WHERE operation = 'write'`],
  [Action.CreateBenefitApplication]: ['benefits.benefit_application', `benefits.access_log WHERE operation = 'write'`],
  [Action.SubmitBenefitApplication]: [`benefits.benefit_application WHERE status = 'SUBMITTED'`, `benefits.access_log WHERE operation = 'write'`],
  [Action.StartBenefitReview]: [`benefits.benefit_application WHERE status = 'IN_REVIEW'`, `benefits.access_log WHERE operation = 'write'`],
  [Action.DecideBenefitApplication]: ['benefits.benefit_decision', `benefits.access_log WHERE operation = 'write'`],
};

let consentToRevoke: string;
/** A valid request of each mutation: a refusal can only come from the action's rule. */
const SAMPLES: Record<Action, () => { query: string; variables: Record<string, unknown> }> = {
  [Action.RegisterFamily]: () => ({
    query: `mutation($input: RegisterFamilyInput!) { registerFamily(input: $input) { id } }`,
    variables: { input: { displayName: 'Walk family', members: [{ role: 'GUARDIAN', firstName: 'Aino', lastName: 'Kävelijä', hetu: freshHetu() }] } },
  }),
  [Action.GrantConsent]: () => ({
    query: `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
    variables: { input: { familyId: family.id, companionId: demo.companions[1].id, scopes: ['CONTACT'], validUntil: inDays(30) } },
  }),
  [Action.RevokeConsent]: () => ({ query: `mutation($id: ID!) { revokeConsent(id: $id) { id revokedAt } }`, variables: { id: consentToRevoke } }),
  [Action.AssignCompanion]: () => ({
    query: `mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }`,
    variables: { input: { familyId: family.id, companionId: demo.companions[2].id, startsOn: inDays(0) } },
  }),
  [Action.ReportHousingAlert]: () => ({
    query: `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id } }`,
    variables: {
      input: { tenancyId: tenancy.id, type: 'DISTURBANCE', warningGivenOn: '2026-11-02', disturbanceKind: 'NOISE', description: 'Noise after midnight.' },
    },
  }),
  [Action.AskForHelp]: () => ({
    query: `mutation($input: AskForHelpInput!) { askForHelp(input: $input) { requestId } }`,
    variables: {
      input: { name: 'Aino', phone: '+358401234567', preferredChannel: 'PHONE', situation: 'We need help.', childrenAges: [4], idempotencyKey: randomUUID() },
    },
  }),
  [Action.UpdateHousingCase]: () => ({
    query: `mutation($input: UpdateHousingCaseInput!) { updateHousingCase(input: $input) { id } }`,
    variables: { input: { caseId: openCases[0].id, expectedVersion: 1, problemCategories: ['FINANCIAL'] } },
  }),
  [Action.RecordHomeVisit]: () => ({
    query: `mutation($input: RecordHomeVisitInput!) { recordHomeVisit(input: $input) { id } }`,
    variables: { input: { caseId: openCases[1].id, visitedOn: inDays(0), findings: 'Home in order.' } },
  }),
  [Action.ReferHousingClient]: () => ({
    query: `mutation($input: ReferHousingClientInput!) { referHousingClient(input: $input) { id } }`,
    variables: { input: { caseId: openCases[2].id, kind: 'ACTIVATION', referredOn: inDays(0) } },
  }),
  [Action.CloseHousingCase]: () => ({
    query: `mutation($input: CloseHousingCaseInput!) { closeHousingCase(input: $input) { id } }`,
    variables: { input: { caseId: openCases[3].id, expectedVersion: 1, outcome: 'KEPT', closedOn: inDays(0) } },
  }),
  [Action.OpenMoveToOwnTenancy]: () => ({
    query: `mutation($input: OpenMoveToOwnTenancyInput!) { openMoveToOwnTenancy(input: $input) { id } }`,
    variables: { input: { familyId: closedCase.familyId, movedInOn: inDays(0) } },
  }),
  [Action.RecordHousingFollowUp]: () => ({
    query: `mutation($input: RecordHousingFollowUpInput!) { recordHousingFollowUp(input: $input) { id } }`,
    variables: { input: { caseId: moveCase.id, followedUpOn: inDays(0), status: 'SETTLED' } },
  }),
  [Action.CreateBenefitApplication]: () => ({
    query: `mutation($input: CreateBenefitApplicationInput!) { createBenefitApplication(input: $input) { id } }`,
    variables: { input: { familyId: family.id, kind: 'BASIC_SOCIAL_ASSISTANCE' } },
  }),
  [Action.SubmitBenefitApplication]: () => ({
    query: `mutation($input: BenefitApplicationStepInput!) { submitBenefitApplication(input: $input) { id } }`,
    variables: { input: { applicationId: applicationIn('DRAFT').id, expectedVersion: 1 } },
  }),
  [Action.StartBenefitReview]: () => ({
    query: `mutation($input: BenefitApplicationStepInput!) { startBenefitReview(input: $input) { id } }`,
    variables: { input: { applicationId: applicationIn('SUBMITTED').id, expectedVersion: 1 } },
  }),
  [Action.DecideBenefitApplication]: () => ({
    query: `mutation($input: DecideBenefitApplicationInput!) { decideBenefitApplication(input: $input) { id } }`,
    variables: {
      input: {
        applicationId: applicationIn('IN_REVIEW').id,
        expectedVersion: 1,
        outcome: 'GRANTED',
        amountCents: 48_550,
        periodFrom: inDays(0),
        periodTo: inDays(30),
        reasoning: 'Recognised expenses exceed income.',
      },
    },
  }),
};

describe('every write is a named action with a rule, checked before anything is stored', () => {
  let db: Client | undefined;
  beforeAll(async () => {
    if (process.env.RINNALLA_TEST_DATABASE) {
      db = new Client({ connectionString: process.env.RINNALLA_TEST_DATABASE });
      await db.connect();
    }
    const granted = await gql(SAMPLES[Action.GrantConsent]().query, { token: await tokenFor('guardian'), variables: SAMPLES[Action.GrantConsent]().variables });
    consentToRevoke = granted.data!.grantConsent.id;
  });
  afterAll(() => db?.end());

  const counts = async (action: Action) =>
    db ? Promise.all(STORED[action].map(async (from) => Number((await db!.query(`SELECT count(*) FROM ${from}`)).rows[0].count))) : [];

  it('has a catalogue rule and a walk sample for every mutation in the composed schema', () => {
    const catalogued = Object.values(Action).sort();
    expect(composedMutations()).toEqual(catalogued);
    expect(Object.keys(SAMPLES).sort()).toEqual(catalogued);
  });

  describe.each(Object.values(Action))('%s', (action) => {
    const allowed = ROLES.filter((role) => ACTIONS[action].roles.includes(role as never));
    const refused = ROLES.filter((role) => !allowed.includes(role));
    // A public action (asking for help) is sent without a token; every other refuses a caller without one.
    const byAnonymous = ACTIONS[action].roles.includes('anonymous');

    it(`refuses ${refused.length} roles${byAnonymous ? '' : ' and anonymous callers'} with a coded error and stores nothing`, async () => {
      const before = await counts(action);
      if (!byAnonymous) {
        const anonymous = await gql(SAMPLES[action]().query, { variables: SAMPLES[action]().variables });
        expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      }
      for (const role of refused) {
        const res = await gql(SAMPLES[action]().query, { token: await tokenFor(role), variables: SAMPLES[action]().variables });
        expect({ role, code: res.errors?.[0]?.extensions?.code, data: res.data?.[action] ?? null }).toEqual({ role, code: 'FORBIDDEN', data: null });
      }
      expect(await counts(action)).toEqual(before);
    });

    it(`performs it for ${[...allowed, ...(byAnonymous ? ['anonymous callers'] : [])].join(', ')}`, async () => {
      const before = await counts(action);
      if (byAnonymous) {
        const res = await gql(SAMPLES[action]().query, { variables: SAMPLES[action]().variables });
        expect(res.errors).toBeUndefined();
      }
      for (const role of allowed) {
        const res = await gql(SAMPLES[action]().query, { token: await tokenFor(role), variables: SAMPLES[action]().variables });
        expect({ role, errors: res.errors }).toEqual({ role, errors: undefined });
      }
      if (db) expect(await counts(action)).not.toEqual(before);
    });
  });

  it('refuses a guardian who changes consents of another family', async () => {
    const other = demo.families[1];
    const sample = SAMPLES[Action.GrantConsent]();
    const res = await gql(sample.query, {
      token: await tokenFor('guardian'),
      variables: { input: { ...(sample.variables.input as object), familyId: other.id } },
    });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});
