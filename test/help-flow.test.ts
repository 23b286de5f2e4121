import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { demoMunicipality } from '../demo/municipality';
import { helsinkiInstant, helsinkiToday } from '../subgraphs/kit/date-time';
import { addWorkingDays, isWorkingDay, nextWorkingDayFrom } from '../subgraphs/kit/working-days';
import { addMonths } from '../subgraphs/social-office/needs-assessment/deadlines';
import { dataDir, gql, tokenFor } from './setup/client';

/** The shipped operations, sent with their exact text, as the README and apps send them. */
const op = (name: string) => fs.readFileSync(path.join(__dirname, '..', 'operations', `${name}.graphql`), 'utf8');
const demo = demoMunicipality();
const family = demo.families[296]; // a family no other test touches
const guardian = family.members.find((m) => m.role === 'GUARDIAN')!;
const worker = demo.users['family-worker'].id;
const today = () => helsinkiToday();
const plusDays = (date: string, n: number) => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function asWorker<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
  const res = await gql<T>(query, { token: await tokenFor('family-worker'), variables });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe('a family worker takes an overdue help request from the queue to a service plan and its follow-up', () => {
  let request: { id: string; receivedAt: string; preferredChannel: string; respondBy: string };
  let assessmentId: string;
  let planId: string;
  let appointmentId: string;
  let feedbackToken: string;

  it('lists the queue by respondBy, overdue requests flagged and first', async () => {
    const { helpRequestQueue: queue } = await asWorker(op('help-request-queue'), { statuses: ['NEW'] });
    const due = queue.map((r: { respondBy: string }) => r.respondBy);
    expect(due).toEqual([...due].sort());
    const overdue = queue.filter((r: { overdue: boolean }) => r.overdue);
    expect(overdue.length).toBeGreaterThanOrEqual(2); // the demo has them, whatever the day
    for (const r of queue) expect(r.overdue).toBe(r.respondBy < today());
    request = overdue[0];
    expect(request.respondBy < today()).toBe(true);
  });

  it('refuses the queue to anyone but a family worker', async () => {
    for (const role of ['guardian', 'companion', 'housing-counsellor'] as const) {
      const res = await gql(op('help-request-queue'), { token: await tokenFor(role) });
      expect({ role, code: res.errors?.[0]?.extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
    }
  });

  it('records the first response once: channel, time and outcome', async () => {
    const input = { helpRequestId: request.id, channel: request.preferredChannel, respondedAt: new Date().toISOString(), outcome: 'ASSESSMENT_STARTS' };
    const { respondToHelpRequest: answered } = await asWorker(op('respond-to-help-request'), { input });
    expect(answered).toMatchObject({ id: request.id, status: 'RESPONDED', overdue: false });
    expect(answered.firstResponse).toMatchObject({ channel: request.preferredChannel, outcome: 'ASSESSMENT_STARTS', respondedBy: worker });
    const again = await gql(op('respond-to-help-request'), { token: await tokenFor('family-worker'), variables: { input } });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    const future = await gql(op('respond-to-help-request'), {
      token: await tokenFor('family-worker'),
      variables: { input: { ...input, respondedAt: new Date(Date.now() + 3_600_000).toISOString() } },
    });
    expect(future.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('finds the family by name, page by page, and by HETU; each search logged as a use of the families found', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page++) {
      const { searchFamilies: found }: any = await asWorker(op('search-families'), { text: guardian.lastName, first: 5, after });
      ids.push(...found.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!found.pageInfo.hasNextPage) break;
      after = found.pageInfo.endCursor;
    }
    expect(new Set(ids).size).toBe(ids.length);
    const prefix = guardian.lastName.toLowerCase();
    const expected = demo.families.filter(
      (f) =>
        f.displayName.toLowerCase().startsWith(prefix) ||
        f.address.toLowerCase().startsWith(prefix) ||
        f.members.some((m) => m.lastName.toLowerCase().startsWith(prefix)),
    );
    expect(ids).toEqual(expect.arrayContaining(expected.map((f) => f.id)));

    const byName = await asWorker(op('search-families'), { text: `${guardian.firstName.toUpperCase()} ${guardian.lastName}` });
    expect(byName.searchFamilies.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(family.id);
    const byHetu = await asWorker(op('search-families'), { text: guardian.hetu });
    expect(byHetu.searchFamilies.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([family.id]);

    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerId category operation service } } }`, {
      token: await tokenFor('data-protection-officer'),
      variables: { id: family.id },
    });
    const byWorker = log.data!.family.accessLog.filter((e: { viewerId: string; service: string }) => e.viewerId === worker && e.service === 'families');
    expect(byWorker).toEqual(
      expect.arrayContaining([
        { viewerId: worker, category: 'CONTACT', operation: 'READ', service: 'families' },
        { viewerId: worker, category: 'IDENTITY', operation: 'READ', service: 'families' },
      ]),
    );
  });

  it('never writes a HETU into a log or an error', async () => {
    const mistyped = `${guardian.hetu.slice(0, 10)}${guardian.hetu[10] === 'A' ? 'B' : 'A'}`;
    const res = await gql(op('search-families'), { token: await tokenFor('family-worker'), variables: { text: mistyped } });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toContain(mistyped.slice(0, 6));
    await new Promise((r) => setTimeout(r, 300)); // request lines are written when the response finishes
    for (const file of fs.readdirSync(path.join(dataDir(), 'logs'))) {
      const text = fs.readFileSync(path.join(dataDir(), 'logs', file), 'utf8');
      expect({ file, hetu: text.includes(guardian.hetu) || text.includes(mistyped) }).toEqual({ file, hetu: false });
    }
  });

  it('refuses searching to other roles, and a search too short to mean anything', async () => {
    for (const role of ['guardian', 'companion', 'housing-counsellor'] as const) {
      const res = await gql(op('search-families'), { token: await tokenFor(role), variables: { text: guardian.lastName } });
      expect({ role, code: res.errors?.[0]?.extensions?.code }).toEqual({ role, code: 'FORBIDDEN' });
    }
    const short = await gql(op('search-families'), { token: await tokenFor('family-worker'), variables: { text: 'a' } });
    expect(short.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("links the request to the family's case, once for a retried key", async () => {
    const input = { helpRequestId: request.id, familyId: family.id, idempotencyKey: randomUUID() };
    const first = await asWorker(op('link-help-request-to-case'), { input });
    const retry = await asWorker(op('link-help-request-to-case'), { input });
    expect(first.linkHelpRequestToCase).toMatchObject({ id: request.id, status: 'IN_CASE', family: { id: family.id, displayName: family.displayName } });
    expect(retry.linkHelpRequestToCase.case.id).toBe(first.linkHelpRequestToCase.case.id);
  });

  it('opens an assessment whose due dates follow the working-day rules', async () => {
    const contactedOn = helsinkiToday(new Date(request.receivedAt));
    const input = { familyId: family.id, helpRequestId: request.id, contactedOn, specialSupport: true, idempotencyKey: randomUUID() };
    const { openNeedsAssessment: a } = await asWorker(op('open-needs-assessment'), { input });
    expect(a.startDueBy).toBe(addWorkingDays(contactedOn, 7));
    expect(a.completionDueBy).toBe(nextWorkingDayFrom(addMonths(contactedOn, 3)));
    expect(isWorkingDay(a.startDueBy) && isWorkingDay(a.completionDueBy)).toBe(true);
    expect(a.nextDeadline).toBe(a.startDueBy);
    assessmentId = a.id;
    const retried = await asWorker(op('open-needs-assessment'), { input });
    expect(retried.openNeedsAssessment.id).toBe(assessmentId);

    const both = await gql(op('open-needs-assessment'), {
      token: await tokenFor('family-worker'),
      variables: { input: { ...input, caseId: randomUUID(), idempotencyKey: randomUUID() } },
    });
    expect(both.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });

  it("lists assessments near or past their deadlines for the worker, and the unit's for its lead", async () => {
    const [, startNear, startOverdue] = demo.help.needsAssessments;
    const lead = await asWorker(op('needs-assessments-near-deadline'));
    const leadSees = lead.needsAssessmentsNearDeadline.map((a: { id: string }) => a.id);
    expect(leadSees).toEqual(expect.arrayContaining([startNear.id, startOverdue.id]));
    const overdue = lead.needsAssessmentsNearDeadline.find((a: { id: string }) => a.id === startOverdue.id);
    expect(overdue.deadlineState).toBe('OVERDUE');
    for (const a of lead.needsAssessmentsNearDeadline) expect(['NEAR', 'OVERDUE']).toContain(a.deadlineState);

    const member = await gql(op('needs-assessments-near-deadline'), { token: await tokenFor('family-worker', startOverdue.responsibleWorkerId) });
    const memberSees = member.data!.needsAssessmentsNearDeadline.map((a: { id: string }) => a.id);
    expect(memberSees).toContain(startOverdue.id);
    expect(memberSees).not.toContain(startNear.id);
  });

  it("writes a plan with the family, and books from it an appointment that appears in the family's agenda", async () => {
    const reviewDates = [plusDays(today(), 30), plusDays(today(), 90)];
    const input = {
      familyId: family.id,
      assessmentId,
      participantIds: [guardian.id],
      goals: [
        { description: 'Mornings are calm enough\nto get to daycare on time.' },
        { description: 'The parent sleeps through the night.', status: 'IN_PROGRESS' },
      ],
      services: [
        { service: 'FAMILY_WORK', details: 'A home visit every other week.', responsibleWorkerId: demo.caseWorkers[0].id },
        { service: 'PEER_GROUP', responsibleWorkerId: demo.caseWorkers[1].id },
      ],
      reviewDates,
      idempotencyKey: randomUUID(),
    };
    const { writeServicePlan: plan } = await asWorker(op('write-service-plan'), { input });
    expect(plan).toMatchObject({
      status: 'ACTIVE',
      writtenOn: today(),
      reviewDates,
      nextReviewOn: reviewDates[0],
      participants: [{ id: guardian.id, firstName: guardian.firstName }],
    });
    expect(plan.goals.map((g: { status: string }) => g.status)).toEqual(['NOT_STARTED', 'IN_PROGRESS']);
    planId = plan.id;

    const day = nextWorkingDayFrom(plusDays(today(), 3));
    const startsAt = helsinkiInstant(day, '10:00');
    const booking = {
      planId,
      agreedServiceId: plan.services.find((s: { service: string }) => s.service === 'FAMILY_WORK').id,
      officeId: demo.socialOffices[0].id,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      idempotencyKey: randomUUID(),
    };
    const { bookServicePlanAppointment: appointment } = await asWorker(op('book-service-plan-appointment'), { input: booking });
    expect(appointment).toMatchObject({ status: 'BOOKED', caseWorker: { firstName: demo.caseWorkers[0].firstName } });
    appointmentId = appointment.id;

    const seen = await asWorker(op('family-help'), { id: family.id });
    expect(seen.family.agenda).toEqual(expect.arrayContaining([expect.objectContaining({ id: appointmentId, source: 'SOCIAL_OFFICE', status: 'BOOKED' })]));
    const stored = seen.family.servicePlans.find((p: { id: string }) => p.id === planId);
    expect(stored.appointments.map((a: { id: string }) => a.id)).toEqual([appointmentId]);
    expect(seen.family.needsAssessments.map((a: { id: string }) => a.id)).toContain(assessmentId);
    expect(seen.family.helpRequests.map((r: { id: string }) => r.id)).toContain(request.id);
  });

  it("shows the guardian the family's own requests, assessments, plan and booking", async () => {
    const res = await gql(op('family-help'), { token: await tokenFor('guardian', guardian.id), variables: { id: family.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.family.servicePlans.map((p: { id: string }) => p.id)).toContain(planId);
    expect(res.data!.family.helpRequests.map((r: { id: string }) => r.id)).toContain(request.id);
    expect(res.data!.family.agenda.map((a: { id: string }) => a.id)).toContain(appointmentId);
  });

  it('closes the plan; its feedback, answered once without an account, appears in the aggregate report', async () => {
    const period = { from: today(), to: today() };
    const before = (await asWorker(op('feedback-report'), period)).feedbackReport;
    const { closeServicePlan: closing } = await asWorker(op('close-service-plan'), { input: { planId } });
    expect(closing.plan).toMatchObject({ id: planId, status: 'CLOSED', closedOn: today() });
    feedbackToken = closing.feedbackToken;
    expect(feedbackToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const closedAgain = await gql(op('close-service-plan'), { token: await tokenFor('family-worker'), variables: { input: { planId } } });
    expect(closedAgain.errors![0].extensions!.code).toBe('CONFLICT');

    const answer = { token: feedbackToken, helpfulness: 5, goalsMet: 'PARTLY', wouldRecommend: true };
    const answered = await gql(op('answer-feedback'), { variables: { input: answer } }); // no Authorization header
    expect(answered.errors).toBeUndefined();
    expect(answered.data!.answerFeedback.message).toMatch(/Thank you/);
    const twice = await gql(op('answer-feedback'), { variables: { input: answer } });
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');
    const unknown = await gql(op('answer-feedback'), { variables: { input: { ...answer, token: 'x'.repeat(43) } } });
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');

    const after = (await asWorker(op('feedback-report'), period)).feedbackReport;
    expect(after.formsSent - before.formsSent).toBe(1);
    expect(after.answered - before.answered).toBe(1);
    const row = (report: any, service: string) =>
      report.byService.find((r: { service: string }) => r.service === service) ?? { formsSent: 0, answered: 0, goalsPartlyMet: 0, wouldRecommend: 0 };
    for (const service of ['FAMILY_WORK', 'PEER_GROUP']) {
      expect(row(after, service).answered - row(before, service).answered).toBe(1);
      expect(row(after, service).goalsPartlyMet - row(before, service).goalsPartlyMet).toBe(1);
      expect(row(after, service).wouldRecommend - row(before, service).wouldRecommend).toBe(1);
    }
  });

  it('refuses the report to other roles, and a booking from a closed plan', async () => {
    const res = await gql(op('feedback-report'), { token: await tokenFor('guardian'), variables: { from: today(), to: today() } });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const backwards = await gql(op('feedback-report'), { token: await tokenFor('family-worker'), variables: { from: today(), to: plusDays(today(), -1) } });
    expect(backwards.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe("the help flow's items, for a companion and a guardian of the same family", () => {
  const own = demo.families[0]; // the demo guardian's, which the demo companion walks alongside
  const ITEMS = `{ myFamilies { id helpRequests { id status } needsAssessments { id } servicePlans { id status } } }`;

  it('shows the guardian the own requests, assessments and plans, and the companion none of them (they are case notes)', async () => {
    const mine = await gql(ITEMS, { token: await tokenFor('guardian') });
    const ownFamily = mine.data!.myFamilies.find((f: { id: string }) => f.id === own.id);
    expect(ownFamily.helpRequests.length).toBeGreaterThan(0);
    expect(ownFamily.needsAssessments.length).toBeGreaterThan(0);
    expect(ownFamily.servicePlans.length).toBeGreaterThan(0);

    const companion = await gql(ITEMS, { token: await tokenFor('companion') });
    expect(companion.data!.myFamilies.map((f: { id: string }) => f.id)).toContain(own.id);
    for (const f of companion.data!.myFamilies) expect([f.helpRequests, f.needsAssessments, f.servicePlans]).toEqual([[], [], []]);
  });
});
