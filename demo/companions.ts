import { helsinkiToday } from '../subgraphs/kit/date-time';
import { ADULT_NAMES, SURNAMES } from './names';
import { SeededRandom } from './random';
import type { DemoBooking, DemoFamily, FhirStatus } from './municipality';

/**
 * Companionship demo data (issue 7): every companion stage, assignment status, consent status,
 * referral, meeting kind and feedback, plus bookings laid around *now* for the families whose
 * reminders and kept-versus-missed the demo shows. Its own seed, so the rest of the municipality
 * stays as it was.
 */
const SEED = 7007;
export const COORDINATOR_ORGANISATION = 'Rinnala Family Association';
export const ORGANISATIONS = [COORDINATOR_ORGANISATION, 'Rinnala Parish Diaconia', 'Rinnala Red Cross Branch'];
const AREAS = ['Keskusta', 'Itäinen', 'Läntinen', 'Pohjoinen'];
const LANGUAGES = [['fi'], ['fi', 'en'], ['fi', 'sv'], ['fi', 'ar'], ['fi', 'so'], ['fi', 'ru', 'en']];
const AVAILABILITY = ['WEEKDAY_MORNING', 'WEEKDAY_AFTERNOON', 'WEEKDAY_EVENING', 'WEEKEND'];
const NEEDS = ['EXHAUSTION', 'ILLNESS', 'BULLYING', 'NEW_IN_FINLAND', 'SINGLE_PARENT', 'SERVICE_GUIDANCE'];

/** Families (by index) with a role in the companionship demo; the municipality's own assignments use the first ~60. */
export const DEMO_FAMILY = {
  /** Referred by a family worker and waiting: a coordinator matches a free companion, the guardian consents. */
  referred: 250,
  /** Walked alongside for ten days: appointments before and during companionship. */
  followed: 251,
  /** A coordinator proposed a companion; the guardian has not answered yet. */
  proposed: 252,
  /** The guardian declined a proposed companion. */
  declined: 253,
  /** An active, an ended and a revoked consent: the guardian's consent list. */
  consents: 254,
};

interface Base {
  anchor: string;
  families: DemoFamily[];
  companions: Array<{ id: string; firstName: string; lastName: string; phone: string; organisation: string }>;
  assignments: Array<{ id: string; companionId: string; familyId: string; startsOn: string; endsOn: string | null }>;
  consents: Array<{ id: string; familyId: string; companionId: string; grantedBy: string; scopes: string[]; validUntil: string; revokedAt: Date | null }>;
  daycareUnits: Array<{ id: string }>;
  clinics: Array<{ id: string }>;
  socialOffices: Array<{ id: string }>;
  caseWorkers: Array<{ id: string }>;
  clinicAppointments: DemoBooking[];
  socialOfficeAppointments: Array<DemoBooking & { caseWorkerId: string }>;
  discussionTimes: Array<{ id: string; familyId: string; childId: string; unitId: string; topic: string; startsAt: Date; endsAt: Date; status: FhirStatus }>;
  users: Record<'volunteer-coordinator' | 'family-worker', { id: string; role: string }>;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export function withCompanionship<T extends Base>(demo: T, now = new Date()) {
  const rng = new SeededRandom(SEED);
  const hour = Math.floor(now.getTime() / HOUR) * HOUR; // bookings on the hour, around now
  const today = helsinkiToday(now);
  const family = (key: keyof typeof DEMO_FAMILY) => demo.families[DEMO_FAMILY[key]];
  const guardianOf = (f: DemoFamily) => f.members.find((m) => m.role === 'GUARDIAN')!;

  // Matching facts for the municipality's companions, all ACTIVE or (when every companionship ended) PAUSED.
  const profile = () => ({
    languages: rng.pick(LANGUAGES),
    area: rng.pick(AREAS),
    availability: AVAILABILITY.filter(() => rng.chance(0.5)),
    supportedNeeds: NEEDS.filter(() => rng.chance(0.35)),
    maxFamilies: rng.int(2, 3),
  });
  const companions = demo.companions.map((c) => {
    const open = demo.assignments.some((a) => a.companionId === c.id && a.endsOn === null);
    return { ...c, ...profile(), stage: open ? 'ACTIVE' : 'PAUSED' };
  });
  // New volunteers of the coordinator's organisation, one or more in every stage.
  const newcomer = (stage: string, extra: Partial<ReturnType<typeof profile>> = {}) => ({
    id: rng.uuid(),
    firstName: rng.pick(ADULT_NAMES),
    lastName: rng.pick(SURNAMES),
    phone: `+35850${String(rng.int(1000000, 9999999))}`,
    organisation: COORDINATOR_ORGANISATION,
    ...profile(),
    ...extra,
    stage,
  });
  const volunteers = {
    applied: [newcomer('APPLIED'), newcomer('APPLIED')],
    trained: [newcomer('TRAINED'), newcomer('TRAINED')],
    /** ACTIVE with room and every language of the referred family: the best candidate for it. */
    free: newcomer('ACTIVE', {
      languages: ['fi', 'ar'],
      area: 'Itäinen',
      availability: ['WEEKDAY_EVENING', 'WEEKEND'],
      supportedNeeds: ['EXHAUSTION', 'NEW_IN_FINLAND'],
      maxFamilies: 3,
    }),
    follower: newcomer('ACTIVE'),
    keeper: newcomer('ACTIVE'),
    paused: newcomer('PAUSED'),
    ended: newcomer('ENDED'),
  };
  companions.push(...volunteers.applied, ...volunteers.trained, volunteers.free, volunteers.follower, volunteers.keeper, volunteers.paused, volunteers.ended);

  const assignments = demo.assignments.map((a) => ({
    ...a,
    status: a.endsOn ? 'ENDED' : 'ACTIVE',
    referralId: null as string | null,
    endedBy: a.endsOn ? rng.pick(['COMPANION', 'GUARDIAN', 'COORDINATOR']) : null,
    endReason: a.endsOn ? rng.pick(['The family moved to another municipality.', 'The family felt ready to go on alone.', 'The companion moved away.']) : null,
  }));
  const consents = [...demo.consents];
  const assignment = (companionId: string, f: DemoFamily, status: string, startsOn: string, more: Partial<(typeof assignments)[number]> = {}) => {
    const row = {
      id: rng.uuid(),
      companionId,
      familyId: f.id,
      startsOn,
      endsOn: null as string | null,
      status,
      referralId: null as string | null,
      endedBy: null as string | null,
      endReason: null as string | null,
      ...more,
    };
    assignments.push(row);
    return row;
  };
  const consent = (companionId: string, f: DemoFamily, validUntil: string, revokedAt: Date | null = null) => {
    const row = { id: rng.uuid(), familyId: f.id, companionId, grantedBy: guardianOf(f).id, scopes: ['bookings', 'contact'], validUntil, revokedAt };
    consents.push(row);
    return row;
  };

  // Referrals by the family worker: one waiting, one answered with a proposal, one matched.
  const referral = (f: DemoFamily, status: string, wish: { languages: string[]; area: string; availability: string[]; needs: string[] }) => ({
    id: rng.uuid(),
    familyId: f.id,
    referredBy: demo.users['family-worker'].id,
    referredOn: addDays(today, -rng.int(3, 20)),
    status,
    ...wish,
  });
  const referrals = [
    referral(family('referred'), 'OPEN', {
      languages: ['ar', 'fi'],
      area: 'Itäinen',
      availability: ['WEEKDAY_EVENING'],
      needs: ['EXHAUSTION', 'NEW_IN_FINLAND'],
    }),
    referral(family('proposed'), 'OPEN', { languages: ['fi'], area: 'Keskusta', availability: ['WEEKEND'], needs: ['SINGLE_PARENT'] }),
    referral(family('followed'), 'MATCHED', { languages: ['fi'], area: 'Läntinen', availability: ['WEEKDAY_AFTERNOON'], needs: ['SERVICE_GUIDANCE'] }),
  ];

  const followedSince = addDays(today, -10);
  assignment(volunteers.follower.id, family('followed'), 'ACTIVE', followedSince, { referralId: referrals[2].id });
  consent(volunteers.follower.id, family('followed'), addDays(today, 180));
  assignment(volunteers.trained[0].id, family('proposed'), 'PROPOSED', addDays(today, 3), { referralId: referrals[1].id });
  assignment(volunteers.trained[1].id, family('declined'), 'DECLINED', addDays(today, -5), {
    endsOn: addDays(today, -5),
    endedBy: 'GUARDIAN',
    endReason: 'We would rather have a companion who speaks Swedish.',
  });
  // The consent list: active with the keeper, ended with the volunteer who has since stopped, revoked by the guardian.
  assignment(volunteers.keeper.id, family('consents'), 'ACTIVE', addDays(today, -60));
  consent(volunteers.keeper.id, family('consents'), addDays(today, 120));
  assignment(volunteers.ended.id, family('consents'), 'ENDED', addDays(today, -200), {
    endsOn: addDays(today, -70),
    endedBy: 'COMPANION',
    endReason: 'The companion stopped volunteering.',
  });
  consent(volunteers.ended.id, family('consents'), addDays(today, -71));
  consent(volunteers.keeper.id, family('consents'), addDays(today, 30), new Date(now.getTime() - 61 * DAY));

  // Coordinators: the demo user coordinates the first organisation; each other organisation has its own.
  const coordinators = ORGANISATIONS.map((organisation, i) => ({ id: i === 0 ? demo.users['volunteer-coordinator'].id : rng.uuid(), organisation }));

  // A training session and a supervision meeting per organisation, with attendance, and feedback after supervision.
  const meetings: Array<{ id: string; organisation: string; kind: string; heldOn: string; topic: string }> = [];
  const attendance: Array<{ id: string; meetingId: string; companionId: string; attended: boolean }> = [];
  const feedback: Array<{
    id: string;
    meetingId: string;
    companionId: string;
    usefulness: number;
    feelsSupported: number;
    workload: string;
    continuing: boolean;
  }> = [];
  for (const organisation of ORGANISATIONS) {
    const own = companions.filter((c) => c.organisation === organisation);
    const training = {
      id: rng.uuid(),
      organisation,
      kind: 'TRAINING',
      heldOn: addDays(today, -rng.int(40, 90)),
      topic: 'Walking alongside a family as a peer',
    };
    const supervision = {
      id: rng.uuid(),
      organisation,
      kind: 'SUPERVISION',
      heldOn: addDays(today, -rng.int(2, 14)),
      topic: 'Group supervision: boundaries and self-care',
    };
    meetings.push(training, supervision);
    for (const c of own.filter((c) => c.stage !== 'APPLIED')) attendance.push({ id: rng.uuid(), meetingId: training.id, companionId: c.id, attended: true });
    for (const c of own.filter((c) => c.stage === 'APPLIED')) attendance.push({ id: rng.uuid(), meetingId: training.id, companionId: c.id, attended: false });
    for (const c of own.filter((c) => c.stage === 'ACTIVE')) {
      const attended = rng.chance(0.8);
      attendance.push({ id: rng.uuid(), meetingId: supervision.id, companionId: c.id, attended });
      if (attended && rng.chance(0.7)) {
        feedback.push({
          id: rng.uuid(),
          meetingId: supervision.id,
          companionId: c.id,
          usefulness: rng.int(3, 5),
          feelsSupported: rng.int(2, 5),
          workload: rng.pick(['LIGHT', 'RIGHT', 'RIGHT', 'HEAVY']),
          continuing: rng.chance(0.85),
        });
      }
    }
  }

  // Bookings around now: for the referred and the consents family, the next 48 hours at every provider and
  // no-shows of the last 14 days; for the followed family, appointments before and during its companionship.
  const at = (hours: number) => new Date(hour + hours * HOUR);
  const clinicAppointments: DemoBooking[] = [];
  const socialOfficeAppointments: Array<DemoBooking & { caseWorkerId: string }> = [];
  const discussionTimes: Base['discussionTimes'] = [];
  const clinic = (f: DemoFamily, hours: number, status: FhirStatus) =>
    clinicAppointments.push({
      id: rng.uuid(),
      familyId: f.id,
      personId: f.members.at(-1)!.id,
      placeId: demo.clinics[0].id,
      startsAt: at(hours),
      endsAt: at(hours + 0.75),
      status,
      kind: 'Health check-up',
    });
  const office = (f: DemoFamily, hours: number, status: FhirStatus) =>
    socialOfficeAppointments.push({
      id: rng.uuid(),
      familyId: f.id,
      personId: guardianOf(f).id,
      placeId: demo.socialOffices[0].id,
      startsAt: at(hours),
      endsAt: at(hours + 1),
      status,
      kind: 'Follow-up meeting',
      caseWorkerId: demo.caseWorkers[0].id,
    });
  const discussion = (f: DemoFamily, hours: number, status: FhirStatus) =>
    discussionTimes.push({
      id: rng.uuid(),
      familyId: f.id,
      childId: f.members.at(-1)!.id,
      unitId: demo.daycareUnits[0].id,
      topic: 'Support discussion',
      startsAt: at(hours),
      endsAt: at(hours + 0.75),
      status,
    });
  for (const f of [family('referred'), family('consents')]) {
    clinic(f, 20, 'booked');
    office(f, 30, 'booked');
    discussion(f, 26, 'booked');
    clinic(f, -3 * 24, 'noshow');
    office(f, -5 * 24, 'noshow');
    discussion(f, -6 * 24, 'noshow');
    office(f, -20 * 24, 'noshow'); // beyond the 14 days: not a reminder any more
    clinic(f, 60, 'booked'); // beyond the 48 hours
  }
  const followed = family('followed');
  for (const [days, status] of [
    [-25, 'noshow'],
    [-21, 'fulfilled'],
    [-17, 'noshow'],
    [-13, 'noshow'],
    [-8, 'fulfilled'],
    [-6, 'fulfilled'],
    [-4, 'fulfilled'],
    [-2, 'noshow'],
  ] as Array<[number, FhirStatus]>) {
    (days % 2 === 0 ? clinic : office)(followed, days * 24 - 2, status);
  }

  return {
    ...demo,
    companions,
    assignments,
    consents,
    clinicAppointments: [...demo.clinicAppointments, ...clinicAppointments],
    socialOfficeAppointments: [...demo.socialOfficeAppointments, ...socialOfficeAppointments],
    discussionTimes: [...demo.discussionTimes, ...discussionTimes],
    companionship: { volunteers, coordinators, referrals, meetings, attendance, feedback },
  };
}
