import { RESPONSE_WORKING_DAYS } from '../subgraphs/families/help-request/help-request.service';
import { ContactChannel, FirstResponseOutcome, type HelpRequest } from '../subgraphs/families/help-request/help-request.entity';
import { helsinkiInstant, helsinkiToday } from '../subgraphs/kit/date-time';
import { addWorkingDays, nextWorkingDayFrom } from '../subgraphs/kit/working-days';
import { feedbackTokenHash } from '../subgraphs/social-office/feedback/feedback-token';
import { GoalsMet } from '../subgraphs/social-office/feedback/feedback-form.entity';
import { assessmentDeadlines } from '../subgraphs/social-office/needs-assessment/deadlines';
import { GoalStatus } from '../subgraphs/social-office/service-plan/service-plan-goal.entity';
import { ServicePlanStatus } from '../subgraphs/social-office/service-plan/service-plan.entity';
import { SupportService } from '../subgraphs/social-office/service-plan/support-service';
import type { DemoFamily } from './municipality';
import { ADULT_NAMES, SURNAMES } from './names';
import { SeededRandom } from './random';

/**
 * The demo's "ask for help" flow, so every list has something to show: help requests in every state (some
 * overdue), family cases, service need assessments near and past their deadlines, active and closed service
 * plans with booked appointments, and feedback forms (answered, and open with a demo token).
 * Ids are deterministic; dates are laid around today, so the queue always has new and overdue requests.
 */
const SEED = 62026;
const DAY_MS = 86_400_000;

interface Municipality {
  families: DemoFamily[];
  caseWorkers: Array<{ id: string }>;
  socialOffices: Array<{ id: string }>;
  users: { 'family-worker': { id: string } };
}

type Row<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: T[K] };

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export function demoHelpFlow(m: Municipality, now = new Date()) {
  const rng = new SeededRandom(SEED);
  const today = helsinkiToday(now);
  const worker = m.users['family-worker'].id;
  const [central] = m.socialOffices;
  const at = (date: string, hour: number) => helsinkiInstant(nextWorkingDayFrom(date), `${String(hour).padStart(2, '0')}:00`);
  const ago = (days: number, minutes = 0) => new Date(now.getTime() - days * DAY_MS - minutes * 60_000);

  // The demo family worker also works at the social office, and leads a unit of two others.
  const caseWorkers = [{ id: worker, firstName: rng.pick(ADULT_NAMES), lastName: rng.pick(SURNAMES), title: 'Family worker' }];
  const workUnitMembers = [
    { workerId: worker, unit: 'Family work, Central', lead: true },
    { workerId: m.caseWorkers[0].id, unit: 'Family work, Central', lead: false },
    { workerId: m.caseWorkers[1].id, unit: 'Family work, Central', lead: false },
    { workerId: m.caseWorkers[2].id, unit: 'Family work, North', lead: true },
  ];

  // The guardian's own family has a case and a plan (the companion walking alongside it sees none of them);
  // families far down the list have the rest.
  const [own, b, c, d, e, f] = [m.families[0], ...m.families.slice(290, 295)];
  const guardian = (family: DemoFamily) => family.members.find((p) => p.role === 'GUARDIAN')!;
  const cases = [own, b, c, d, f].map((family, i) => ({
    id: rng.uuid(),
    familyId: family.id,
    openedAt: ago([18, 35, 100, 120, 140][i]),
    openedBy: worker,
    closedAt: null as Date | null,
  }));
  const caseOf = (family: DemoFamily) => cases.find((k) => k.familyId === family.id);

  type Ask = [string, ContactChannel, string, number[], number, { respondedDaysAgo?: number; outcome?: FirstResponseOutcome; family?: DemoFamily }];
  const asks: Ask[] = [
    ['Aino', ContactChannel.PHONE, 'The baby cries all night and I cannot cope alone.', [0], 0, {}],
    ['Mikko', ContactChannel.EMAIL, 'We are separating and the children are worried.\nWe need someone to talk to.', [6, 9], 1, {}],
    ['Leena', ContactChannel.TEXT_MESSAGE, 'Our rent is late and I am afraid of losing the flat.', [3, 12, 15], 9, {}],
    ['Satu', ContactChannel.PHONE, 'My teenager has stopped going to school.', [14], 12, {}],
    ['Juha', ContactChannel.EMAIL, 'We just moved here and know nobody.', [2, 4], 2, {}],
    [
      'Riikka',
      ContactChannel.PHONE,
      'I am exhausted and my partner works abroad.',
      [1, 3],
      4,
      { respondedDaysAgo: 3, outcome: FirstResponseOutcome.ASSESSMENT_STARTS },
    ],
    ['Petri', ContactChannel.EMAIL, 'Our son has trouble at daycare every day.', [5], 10, { respondedDaysAgo: 2, outcome: FirstResponseOutcome.ADVICE_GIVEN }],
    [
      'Own',
      ContactChannel.PHONE,
      'Everyday life with two small children has become too much.',
      [3, 5],
      20,
      { respondedDaysAgo: 18, outcome: FirstResponseOutcome.ASSESSMENT_STARTS, family: own },
    ],
    [
      'B',
      ContactChannel.PHONE,
      'Our child needs support and we do not know where to start.',
      [7],
      40,
      { respondedDaysAgo: 38, outcome: FirstResponseOutcome.ASSESSMENT_STARTS, family: b },
    ],
    [
      'C',
      ContactChannel.EMAIL,
      'After the divorce we need help with the children.',
      [8, 11],
      100,
      { respondedDaysAgo: 99, outcome: FirstResponseOutcome.ASSESSMENT_STARTS, family: c },
    ],
    [
      'D',
      ContactChannel.TEXT_MESSAGE,
      'We need help at home after the twins were born.',
      [0, 0, 4],
      120,
      { respondedDaysAgo: 118, outcome: FirstResponseOutcome.ASSESSMENT_STARTS, family: d },
    ],
  ];
  const helpRequests: Array<Row<HelpRequest>> = asks.map(([name, channel, situation, childrenAges, daysAgo, link], i) => {
    const receivedAt = ago(daysAgo, 60 + i * 37);
    const person = link.family && guardian(link.family);
    const phone = channel === ContactChannel.EMAIL ? null : (person?.phone ?? `+35850${String(7000000 + i * 1111)}`);
    const respondedAt = link.respondedDaysAgo === undefined ? null : ago(link.respondedDaysAgo, 30);
    return {
      id: rng.uuid(),
      contactName: person?.firstName ?? name,
      phone,
      email: channel === ContactChannel.EMAIL ? (person?.email ?? `${name.toLowerCase()}.demo@example.fi`) : null,
      preferredChannel: channel,
      situation,
      childrenAges,
      receivedAt,
      respondBy: addWorkingDays(helsinkiToday(receivedAt), RESPONSE_WORKING_DAYS),
      firstResponseAt: respondedAt,
      firstResponseChannel: respondedAt ? channel : null,
      firstResponseOutcome: link.outcome ?? null,
      respondedBy: respondedAt ? worker : null,
      familyId: link.family?.id ?? null,
      caseId: link.family ? caseOf(link.family)!.id : null,
    };
  });
  const requestOf = (family: DemoFamily) => helpRequests.find((r) => r.familyId === family.id)!;

  // Assessments: one on track, one whose start is near, one whose start is overdue (a unit member's: the lead sees it),
  // one whose completion is near, one completed, one without special support.
  const assess = (
    family: DemoFamily,
    contactedOn: string,
    startedOn: string | null,
    completedOn: string | null,
    responsibleWorkerId: string,
    specialSupport = true,
  ) => ({
    id: rng.uuid(),
    familyId: family.id,
    helpRequestId: family === own || family === b ? requestOf(family).id : null,
    caseId: family === own || family === b ? null : (caseOf(family)?.id ?? null),
    contactedOn,
    specialSupport,
    ...assessmentDeadlines(contactedOn, specialSupport),
    startedOn,
    completedOn,
    responsibleWorkerId,
  });
  const startNear = latestContactWithStartBy(addWorkingDays(today, 2));
  const completionNear = plusDays(today, -88);
  const needsAssessments = [
    assess(own, helsinkiToday(requestOf(own).receivedAt), plusDays(today, -15), null, worker),
    assess(b, startNear, null, null, worker),
    assess(c, plusDays(today, -20), null, null, m.caseWorkers[0].id),
    assess(d, completionNear, plusDays(completionNear, 5), null, m.caseWorkers[1].id),
    assess(f, plusDays(today, -130), plusDays(today, -125), plusDays(today, -60), worker),
    assess(e, plusDays(today, -10), plusDays(today, -8), null, worker, false),
  ];

  // Service plans: two active with bookings, one more active, and three closed with their feedback forms.
  const workers = [worker, ...m.caseWorkers.map((w) => w.id)];
  const servicePlans: Array<{
    id: string;
    familyId: string;
    caseId: string | null;
    assessmentId: string | null;
    status: ServicePlanStatus;
    writtenOn: string;
    closedOn: string | null;
    participantIds: string[];
    reviewDates: string[];
    responsibleWorkerId: string;
  }> = [];
  const goals: Array<{ id: string; planId: string; position: number; description: string; status: GoalStatus }> = [];
  const agreedServices: Array<{ id: string; planId: string; service: SupportService; details: string | null; responsibleWorkerId: string }> = [];
  const plan = (
    family: DemoFamily,
    writtenDaysAgo: number,
    closedDaysAgo: number | null,
    services: SupportService[],
    goalTexts: Array<[string, GoalStatus]>,
  ) => {
    const id = rng.uuid();
    const writtenOn = plusDays(today, -writtenDaysAgo);
    servicePlans.push({
      id,
      familyId: family.id,
      caseId: caseOf(family)?.id ?? null,
      assessmentId: needsAssessments.find((a) => a.familyId === family.id)?.id ?? null,
      status: closedDaysAgo === null ? ServicePlanStatus.ACTIVE : ServicePlanStatus.CLOSED,
      writtenOn,
      closedOn: closedDaysAgo === null ? null : plusDays(today, -closedDaysAgo),
      participantIds: family.members.filter((p) => p.role === 'GUARDIAN').map((p) => p.id),
      reviewDates: [plusDays(writtenOn, 60), plusDays(writtenOn, 120), plusDays(writtenOn, 180)],
      responsibleWorkerId: worker,
    });
    goalTexts.forEach(([description, status], position) => goals.push({ id: rng.uuid(), planId: id, position, description, status }));
    services.forEach((service, i) =>
      agreedServices.push({ id: rng.uuid(), planId: id, service, details: null, responsibleWorkerId: workers[i % workers.length] }),
    );
    return id;
  };
  const ownPlan = plan(
    own,
    10,
    null,
    [SupportService.FAMILY_WORK, SupportService.COMPANION],
    [
      ['Evenings with the children are calmer.', GoalStatus.IN_PROGRESS],
      ['The parents get one evening a week for themselves.', GoalStatus.NOT_STARTED],
      ['The children keep their daycare and clinic appointments.', GoalStatus.ACHIEVED],
    ],
  );
  plan(b, 5, null, [SupportService.HOME_HELP], [['Mornings get the children to daycare on time.', GoalStatus.IN_PROGRESS]]);
  plan(e, 3, null, [SupportService.FAMILY_COUNSELLING, SupportService.PEER_GROUP], [['The family finds a routine after the move.', GoalStatus.NOT_STARTED]]);
  const closed = [
    [
      plan(c, 95, 30, [SupportService.FAMILY_WORK, SupportService.PEER_GROUP], [['The children settle into the new home.', GoalStatus.ACHIEVED]]),
      30,
      { helpfulness: 4, goalsMet: GoalsMet.PARTLY, wouldRecommend: true },
    ],
    [
      plan(f, 120, 50, [SupportService.FAMILY_WORK], [['Fewer conflicts at home.', GoalStatus.ACHIEVED]]),
      50,
      { helpfulness: 5, goalsMet: GoalsMet.YES, wouldRecommend: true },
    ],
    [plan(d, 110, 10, [SupportService.HOME_HELP], [['Help at home while the twins are small.', GoalStatus.ACHIEVED]]), 10, null],
  ] as const;

  // Appointments booked from the guardian's family's plan: one kept, one coming.
  const familyWork = agreedServices.find((s) => s.planId === ownPlan && s.service === SupportService.FAMILY_WORK)!;
  const planAppointments = [
    { date: plusDays(today, -7), hour: 10, status: 'fulfilled' as const },
    { date: plusDays(today, 7), hour: 13, status: 'booked' as const },
  ].map(({ date, hour, status }) => {
    const startsAt = at(date, hour);
    return {
      id: rng.uuid(),
      familyId: own.id,
      officeId: central.id,
      caseWorkerId: familyWork.responsibleWorkerId,
      purpose: 'Service plan: Family work (perhetyö)',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      status,
    };
  });
  const planBookings = planAppointments.map((a) => ({ appointmentId: a.id, planId: ownPlan, agreedServiceId: familyWork.id }));

  // Each closed plan's form; the open one's token is the demo's, to try `answerFeedback` with (a real token is shown once).
  const openFeedbackTokens: string[] = [];
  const feedbackForms = closed.map(([planId, closedDaysAgo, answer]) => {
    const token = `demo-feedback-${rng.uuid()}`;
    if (!answer) openFeedbackTokens.push(token);
    return {
      id: rng.uuid(),
      planId,
      tokenHash: feedbackTokenHash(token),
      services: [...new Set(agreedServices.filter((s) => s.planId === planId).map((s) => s.service))].sort(),
      closedOn: plusDays(today, -closedDaysAgo),
      answeredAt: answer ? ago(closedDaysAgo - 2) : null,
      helpfulness: answer?.helpfulness ?? null,
      goalsMet: answer?.goalsMet ?? null,
      wouldRecommend: answer?.wouldRecommend ?? null,
    };
  });

  return {
    helpRequests,
    familyCases: cases,
    caseWorkers,
    workUnitMembers,
    needsAssessments,
    servicePlans,
    goals,
    agreedServices,
    planAppointments,
    planBookings,
    feedbackForms,
    openFeedbackTokens,
  };
}

/** The latest contact day whose 7-working-day start deadline falls on or before `target`. */
function latestContactWithStartBy(target: string): string {
  let day = target;
  while (assessmentDeadlines(day, true).startDueBy! > target) day = plusDays(day, -1);
  return day;
}

export type DemoHelpFlow = ReturnType<typeof demoHelpFlow>;
