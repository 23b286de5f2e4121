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
  // An unlinked request names no family, so its answer has no access-log entry.
  [Action.RespondToHelpRequest]: [`families.help_request WHERE "firstResponseAt" IS NOT NULL`],
  [Action.LinkHelpRequestToCase]: [`families.help_request WHERE "caseId" IS NOT NULL`, 'families.family_case', `families.access_log WHERE operation = 'write'`],
  [Action.OpenNeedsAssessment]: ['social_office.needs_assessment', `social_office.access_log WHERE operation = 'write'`],
  [Action.WriteServicePlan]: ['social_office.service_plan', 'social_office.service_plan_goal', `social_office.access_log WHERE operation = 'write'`],
  [Action.BookServicePlanAppointment]: [
    'social_office.social_office_appointment',
    'social_office.service_plan_booking',
    `social_office.access_log WHERE operation = 'write'`,
  ],
  [Action.CloseServicePlan]: [
    `social_office.service_plan WHERE status = 'CLOSED'`,
    'social_office.feedback_form',
    `social_office.access_log WHERE operation = 'write'`,
  ],
  [Action.AnswerFeedback]: [`social_office.feedback_form WHERE "answeredAt" IS NOT NULL`],
  [Action.ChangeCompanionStage]: [`volunteers.companion WHERE stage = 'ACTIVE'`],
  [Action.RecordVolunteerMeeting]: ['volunteers.volunteer_meeting', 'volunteers.meeting_attendance'],
  [Action.GiveSupervisionFeedback]: ['volunteers.supervision_feedback'],
  [Action.ReferFamilyToCompanionship]: ['volunteers.companion_referral', `volunteers.access_log WHERE operation = 'write'`],
  [Action.EndCompanionAssignment]: [`volunteers.companion_assignment WHERE "endReason" IS NOT NULL`, `volunteers.access_log WHERE operation = 'write'`],
  [Action.RenewConsent]: [`volunteers.access_log WHERE operation = 'write'`],
  [Action.ReferFamilyToHostGroup]: ['volunteers.host_group_member', `volunteers.access_log WHERE operation = 'write'`],
  [Action.LogHours]: ['volunteers.hours_entry', `volunteers.access_log WHERE operation = 'write'`],
  [Action.DecideHoursEntry]: [`volunteers.hours_entry WHERE "decidedAt" IS NOT NULL`, `volunteers.access_log WHERE operation = 'write'`],
  [Action.SetHostGoal]: ['volunteers.host_goal', `volunteers.access_log WHERE operation = 'write'`],
  [Action.SetHostGoalStatus]: [`volunteers.host_goal WHERE version > 1`, `volunteers.access_log WHERE operation = 'write'`],
  [Action.CreateActivity]: ['volunteers.activity'],
  [Action.SignUpForActivity]: ['volunteers.activity_sign_up', `volunteers.access_log WHERE operation = 'write'`],
  [Action.RecordAttendance]: [`volunteers.access_log WHERE operation = 'write'`],
  [Action.RecordHeadCount]: [`volunteers.activity WHERE "headCount" = 7`],
};
// Demo help-flow items of their own, so the acceptance test (help-flow.test) keeps its.
const help = demo.help;
const activePlan = (i: number) => help.servicePlans.filter((p) => p.status === 'ACTIVE')[i];
const planToBookFrom = activePlan(2);
const inHours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

// Hosting samples: each call takes the next unused row, so a role's success never collides with another's.
const hostFamilies = demo.hostGroupMembers.map((m) => m.familyId);
const notInGroup = demo.families.slice(200, 260).map((f) => f.id);
const pendingEntries = demo.hoursEntries.filter((e) => e.status === 'PENDING_APPROVAL').map((e) => e.id);
const openPlayMornings = demo.activities.filter((a) => a.title === 'Open play morning').map((a) => a.id);
const statusGoal = demo.hostGoals.filter((g) => g.status === 'IN_PROGRESS').at(-1)!;
const pastSignUp = demo.activitySignUps.find((s) => s.attended !== null)!;
const hostLedPast = demo.activities.find((a) => a.hostId === demo.users['social-host'].id && a.startsAt.getTime() < Date.now())!;
const take = <T>(rows: T[], counter: { n: number }) => rows[counter.n++ % rows.length];
const counters = { refer: { n: 0 }, decide: { n: 0 }, signUp: { n: 0 } };
const yesterdayEvening = () => `${inDays(-1)}T18:00:00+02:00`;

let consentToRevoke: string;
let consentToRenew: string;
let supervisionToFeedBack: string;
/** Per side, an open assignment that side may end: the companion's as the companion who walks with the family. */
const toEnd: Partial<Record<DemoUserRole, { assignmentId: string; as?: string }>> = {};
const { volunteers, coordinators } = demo.companionship;
const coordinatorOf = (organisation: string) => coordinators.find((c) => c.organisation === organisation)!.id;
const companionship = (role: DemoUserRole | undefined) => toEnd[role!] ?? { assignmentId: '00000000-0000-4000-8000-000000000000' };

/** A valid request of each mutation (for the role asking, where it matters): a refusal can only come from the action's rule. */
const SAMPLES: Record<Action, (role?: DemoUserRole) => { query: string; variables: Record<string, unknown>; as?: string }> = {
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
    variables: { input: { familyId: family.id, companionId: volunteers.keeper.id, startsOn: inDays(0) } },
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
  [Action.RespondToHelpRequest]: () => ({
    query: `mutation($input: RespondToHelpRequestInput!) { respondToHelpRequest(input: $input) { id status } }`,
    variables: { input: { helpRequestId: help.helpRequests[4].id, channel: 'EMAIL', respondedAt: new Date().toISOString(), outcome: 'ADVICE_GIVEN' } },
  }),
  [Action.LinkHelpRequestToCase]: () => ({
    query: `mutation($input: LinkHelpRequestToCaseInput!) { linkHelpRequestToCase(input: $input) { id status } }`,
    variables: { input: { helpRequestId: help.helpRequests[5].id, familyId: demo.families[295].id } },
  }),
  [Action.OpenNeedsAssessment]: () => ({
    query: `mutation($input: OpenNeedsAssessmentInput!) { openNeedsAssessment(input: $input) { id } }`,
    variables: { input: { familyId: demo.families[1].id, helpRequestId: help.helpRequests[0].id, contactedOn: inDays(0), specialSupport: true } },
  }),
  [Action.WriteServicePlan]: () => ({
    query: `mutation($input: WriteServicePlanInput!) { writeServicePlan(input: $input) { id } }`,
    variables: {
      input: {
        familyId: demo.families[1].id,
        participantIds: [demo.families[1].members[0].id],
        goals: [{ description: 'The family knows where to turn.' }],
        services: [{ service: 'FAMILY_WORK', responsibleWorkerId: demo.caseWorkers[0].id }],
        reviewDates: [inDays(30)],
      },
    },
  }),
  [Action.BookServicePlanAppointment]: () => ({
    query: `mutation($input: BookServicePlanAppointmentInput!) { bookServicePlanAppointment(input: $input) { id } }`,
    variables: {
      input: {
        planId: planToBookFrom.id,
        agreedServiceId: help.agreedServices.find((s) => s.planId === planToBookFrom.id)!.id,
        officeId: demo.socialOffices[0].id,
        startsAt: inHours(50),
        endsAt: inHours(51),
      },
    },
  }),
  [Action.CloseServicePlan]: () => ({
    query: `mutation($input: CloseServicePlanInput!) { closeServicePlan(input: $input) { plan { id status } } }`,
    variables: { input: { planId: activePlan(1).id } },
  }),
  [Action.AnswerFeedback]: () => ({
    query: `mutation($input: AnswerFeedbackInput!) { answerFeedback(input: $input) { message } }`,
    variables: { input: { token: help.openFeedbackTokens[0], helpfulness: 4, goalsMet: 'YES', wouldRecommend: true } },
  }),
  [Action.ChangeCompanionStage]: () => ({
    query: `mutation($input: ChangeCompanionStageInput!) { changeCompanionStage(input: $input) { id stage } }`,
    variables: { input: { companionId: volunteers.paused.id, stage: 'ACTIVE' } },
  }),
  [Action.RecordVolunteerMeeting]: () => ({
    query: `mutation($input: RecordVolunteerMeetingInput!) { recordVolunteerMeeting(input: $input) { id } }`,
    variables: {
      input: {
        kind: 'TRAINING',
        heldOn: inDays(0),
        topic: 'Basics',
        attendance: [{ companionId: volunteers.applied[0].id, attended: true }],
        idempotencyKey: randomUUID(),
      },
    },
  }),
  [Action.GiveSupervisionFeedback]: () => ({
    query: `mutation($input: GiveSupervisionFeedbackInput!) { giveSupervisionFeedback(input: $input) { id } }`,
    variables: { input: { meetingId: supervisionToFeedBack, usefulness: 4, feelsSupported: 5, workload: 'RIGHT', continuing: true } },
  }),
  [Action.ReferFamilyToCompanionship]: () => ({
    query: `mutation($input: ReferFamilyToCompanionshipInput!) { referFamilyToCompanionship(input: $input) { id } }`,
    variables: { input: { familyId: family.id, languages: ['fi'], area: 'Keskusta', availability: ['WEEKEND'], needs: ['EXHAUSTION'] } },
  }),
  [Action.EndCompanionAssignment]: (role) => ({
    query: `mutation($input: EndCompanionAssignmentInput!) { endCompanionAssignment(input: $input) { id status } }`,
    variables: { input: { assignmentId: companionship(role).assignmentId, reason: 'Our paths part.' } },
    as: companionship(role).as,
  }),
  [Action.RenewConsent]: () => ({
    query: `mutation($input: RenewConsentInput!) { renewConsent(input: $input) { id validUntil } }`,
    variables: { input: { consentId: consentToRenew, validUntil: inDays(60) } },
  }),
  [Action.ReferFamilyToHostGroup]: () => ({
    query: `mutation($input: ReferFamilyToHostGroupInput!) { referFamilyToHostGroup(input: $input) { id } }`,
    variables: { input: { groupId: demo.hostGroups[0].id, familyId: take(notInGroup, counters.refer) } },
  }),
  [Action.LogHours]: () => ({
    query: `mutation($input: LogHoursInput!) { logHours(input: $input) { id } }`,
    variables: { input: { startsAt: yesterdayEvening(), minutes: 30, kind: 'SHOPPING', familyIds: [hostFamilies[0]] } },
  }),
  [Action.DecideHoursEntry]: () => ({
    query: `mutation($input: DecideHoursEntryInput!) { decideHoursEntry(input: $input) { id } }`,
    variables: { input: { entryId: take(pendingEntries, counters.decide), approve: true } },
  }),
  [Action.SetHostGoal]: () => ({
    query: `mutation($input: SetHostGoalInput!) { setHostGoal(input: $input) { id } }`,
    variables: { input: { groupId: demo.hostGroups[0].id, familyId: hostFamilies[1], description: 'Goes to the library together', dueOn: inDays(30) } },
  }),
  [Action.SetHostGoalStatus]: () => ({
    query: `mutation($input: SetHostGoalStatusInput!) { setHostGoalStatus(input: $input) { id } }`,
    variables: { input: { goalId: statusGoal.id, status: 'MET', version: 1 } },
  }),
  [Action.CreateActivity]: () => ({
    query: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
    variables: {
      input: {
        title: 'Board game evening',
        kind: 'GROUP_MEETING',
        startsAt: `${inDays(7)}T18:00:00+02:00`,
        endsAt: `${inDays(7)}T19:30:00+02:00`,
        meetingPoint: 'Library',
        capacity: 12,
      },
    },
  }),
  [Action.SignUpForActivity]: () => ({
    query: `mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id } }`,
    variables: { input: { activityId: take(openPlayMornings, counters.signUp), familyId: family.id, participants: 1 } },
  }),
  [Action.RecordAttendance]: () => ({
    query: `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
    variables: { input: { signUpId: pastSignUp.id, attended: true } },
  }),
  [Action.RecordHeadCount]: () => ({
    query: `mutation($input: RecordHeadCountInput!) { recordHeadCount(input: $input) { id } }`,
    variables: { input: { activityId: hostLedPast.id, headCount: 7 } },
  }),
};

/** A coordinator proposes the companion to the family; with a guardian's consent it becomes active. */
async function companionshipOf(companionId: string, organisation: string, familyIndex: number, accept: boolean): Promise<string> {
  const f = demo.families[familyIndex];
  const proposed = await gql(`mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }`, {
    token: await tokenFor('volunteer-coordinator', coordinatorOf(organisation)),
    variables: { input: { familyId: f.id, companionId, startsOn: inDays(0) } },
  });
  expect(proposed.errors).toBeUndefined();
  if (accept) {
    const consent = await gql(`mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
      token: await tokenFor('guardian', f.members[0].id),
      variables: { input: { familyId: f.id, companionId, scopes: ['CONTACT'], validUntil: inDays(30) } },
    });
    expect(consent.errors).toBeUndefined();
  }
  return proposed.data!.assignCompanion.id;
}

describe('every write is a named action with a rule, checked before anything is stored', () => {
  let db: Client | undefined;
  beforeAll(async () => {
    if (process.env.RINNALLA_TEST_DATABASE) {
      db = new Client({ connectionString: process.env.RINNALLA_TEST_DATABASE });
      await db.connect();
    }
    const granted = await gql(SAMPLES[Action.GrantConsent]().query, { token: await tokenFor('guardian'), variables: SAMPLES[Action.GrantConsent]().variables });
    consentToRevoke = granted.data!.grantConsent.id;
    const another = await gql(SAMPLES[Action.GrantConsent]().query, { token: await tokenFor('guardian'), variables: SAMPLES[Action.GrantConsent]().variables });
    consentToRenew = another.data!.grantConsent.id;
    // Each side of a companionship ends one: families of their own, so no other test's companionship changes.
    const org = volunteers.follower.organisation;
    toEnd.companion = { assignmentId: await companionshipOf(volunteers.follower.id, org, 270, true), as: volunteers.follower.id };
    toEnd.guardian = { assignmentId: await companionshipOf(volunteers.trained[1].id, org, 0, false) };
    toEnd['volunteer-coordinator'] = { assignmentId: await companionshipOf(volunteers.trained[1].id, org, 271, false) };
    const demoCompanion = demo.companions.find((c) => c.id === demo.users.companion.id)!;
    const meeting = await gql(`mutation($input: RecordVolunteerMeetingInput!) { recordVolunteerMeeting(input: $input) { id } }`, {
      token: await tokenFor('volunteer-coordinator', coordinatorOf(demoCompanion.organisation)),
      variables: { input: { kind: 'SUPERVISION', heldOn: inDays(0), topic: 'Supervision', attendance: [{ companionId: demoCompanion.id, attended: true }] } },
    });
    expect(meeting.errors).toBeUndefined();
    supervisionToFeedBack = meeting.data!.recordVolunteerMeeting.id;
    await new Promise((r) => setTimeout(r, 5_100)); // past the passport issuer's grant cache: the companion's new consent counts
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
        const sample = SAMPLES[action](role);
        const res = await gql(sample.query, { token: await tokenFor(role, sample.as), variables: sample.variables });
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
