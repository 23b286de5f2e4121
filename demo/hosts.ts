import { helsinkiInstant } from '../subgraphs/kit/date-time';
import { isWorkingDay } from '../subgraphs/kit/working-days';
import { ADULT_NAMES, STREETS, SURNAMES } from './names';
import { SeededRandom } from './random';

/**
 * Social hosts, their hours and goals, compensation agreements, meeting places and activities:
 * every kind and status, so each list and report has something. Its own generator, so adding
 * to it never shifts the rest of the demo municipality.
 */
const SEED = 2027;
const HELP_KINDS = ['SHOPPING', 'PLAYGROUND', 'CHILDCARE', 'COOKING_TOGETHER', 'GROUP_ACTIVITY'] as const;

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** The calendar month `n` months before `month` (YYYY-MM). */
export const monthBefore = (month: string, n: number) => {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1 - n, 1));
  return d.toISOString().slice(0, 7);
};
const daysOf = (month: string) => {
  const days: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
};

interface Base {
  anchor: string;
  families: Array<{ id: string }>;
  socialHost: { id: string; firstName: string; lastName: string };
  hostGroups: Array<{ id: string; hostId: string; name: string }>;
  hostGroupMembers: Array<{ id: string; groupId: string; familyId: string; referredOn: string }>;
  users: { 'family-worker': { id: string } };
}

export function demoHosts(base: Base) {
  const rng = new SeededRandom(SEED);
  const time = (date: string, hhmm: string) => helsinkiInstant(date, hhmm);
  const today = base.anchor; // hours are logged for days before the demo's Monday, so always in the past
  const months = { current: today.slice(0, 7), previous: monthBefore(today.slice(0, 7), 1), twoBack: monthBefore(today.slice(0, 7), 2) };

  // The demo host (the token user) is employed; three more hosts show the other forms and rules.
  const hostTerms = new Map<string, { employment: 'EMPLOYED' | 'UNEMPLOYED'; monthlyQuotaMinutes: number }>([
    [base.socialHost.id, { employment: 'EMPLOYED', monthlyQuotaMinutes: 1200 }],
  ]);
  const otherHosts = [
    { employment: 'UNEMPLOYED' as const, monthlyQuotaMinutes: 600, group: 'Morning playground group', families: 4 },
    { employment: 'EMPLOYED' as const, monthlyQuotaMinutes: 480, group: 'Weekend cooking club', families: 2 },
    { employment: 'UNEMPLOYED' as const, monthlyQuotaMinutes: 900, group: 'Riverside families', families: 2 },
  ].map((h) => ({ ...h, id: rng.uuid(), firstName: rng.pick(ADULT_NAMES), lastName: rng.pick(SURNAMES) }));
  const socialHosts = [
    { ...base.socialHost, ...hostTerms.get(base.socialHost.id)! },
    ...otherHosts.map(({ id, firstName, lastName, employment, monthlyQuotaMinutes }) => ({ id, firstName, lastName, employment, monthlyQuotaMinutes })),
  ];
  const hostGroups = otherHosts.map((h) => ({ id: rng.uuid(), hostId: h.id, name: h.group }));
  let nextFamily = 110;
  const hostGroupMembers = otherHosts.flatMap((h, i) =>
    Array.from({ length: h.families }, () => ({
      id: rng.uuid(),
      groupId: hostGroups[i].id,
      familyId: base.families[nextFamily++].id,
      referredOn: addDays(base.anchor, -rng.int(90, 200)),
    })),
  );
  const allGroups = [...base.hostGroups, ...hostGroups];
  const allMembers = [...base.hostGroupMembers, ...hostGroupMembers];
  const familiesOf = (hostId: string) => allMembers.filter((m) => allGroups.find((g) => g.id === m.groupId)!.hostId === hostId).map((m) => m.familyId);

  // Hours: an employed host helps in the evening; an unemployed one on working-day mornings, 90 minutes at most.
  const hoursEntries: Array<{
    id: string;
    hostId: string;
    date: string;
    startsAt: Date;
    minutes: number;
    kind: string;
    familyIds: string[];
    status: string;
    decidedBy: string | null;
    decidedAt: Date | null;
  }> = [];
  const logMonth = (hostId: string, month: string, count: number, minutes: number, options: { rejected?: number } = {}) => {
    const host = socialHosts.find((h) => h.id === hostId)!;
    const families = familiesOf(hostId);
    const days = daysOf(month).filter((d) => d < today && (host.employment === 'EMPLOYED' || isWorkingDay(d)));
    let logged = 0;
    for (let k = 0; k < count && k < days.length; k++) {
      const kind = HELP_KINDS[(hoursEntries.length + k) % HELP_KINDS.length];
      const date = days[Math.floor((k * days.length) / count)];
      const overQuota = logged + minutes > host.monthlyQuotaMinutes;
      const rejected = k < (options.rejected ?? 0);
      hoursEntries.push({
        id: rng.uuid(),
        hostId,
        date,
        startsAt: time(date, host.employment === 'EMPLOYED' ? '17:30' : '10:00'),
        minutes,
        kind,
        familyIds: kind === 'GROUP_ACTIVITY' ? families : [families[k % families.length]],
        status: rejected ? 'REJECTED' : overQuota ? 'PENDING_APPROVAL' : 'APPROVED',
        decidedBy: rejected ? base.users['family-worker'].id : null,
        decidedAt: rejected ? time(date, '20:00') : null,
      });
      if (!rejected) logged += minutes;
    }
  };
  const [unemployed, gym, whole] = otherHosts.map((h) => h.id);
  logMonth(base.socialHost.id, months.twoBack, 8, 120); // 16 h of 20: NEAR the quota
  logMonth(base.socialHost.id, months.previous, 10, 120); // the whole 20 h: REACHED
  logMonth(base.socialHost.id, months.current, 2, 90);
  logMonth(unemployed, months.twoBack, 3, 60, { rejected: 1 }); // 2 h counted of 10: below the 50 % minimum
  logMonth(unemployed, months.previous, 10, 90); // past the 10 h quota: the last entries wait for approval
  logMonth(gym, months.previous, 5, 90);
  logMonth(whole, months.previous, 8, 90);

  // Goals set jointly; a month's bonus needs every goal due in it (not dropped) met.
  const hostGoals: Array<{ id: string; groupId: string; hostId: string; familyId: string; description: string; setOn: string; dueOn: string; status: string }> =
    [];
  const goal = (hostId: string, dueOn: string, status: string, description: string) => {
    const familyId = rng.pick(familiesOf(hostId));
    const member = allMembers.find((m) => m.familyId === familyId)!;
    hostGoals.push({ id: rng.uuid(), groupId: member.groupId, hostId, familyId: member.familyId, description, setOn: addDays(dueOn, -60), dueOn, status });
  };
  goal(base.socialHost.id, `${months.twoBack}-20`, 'MET', 'Does the weekly shopping with a list made together');
  goal(base.socialHost.id, `${months.twoBack}-25`, 'NOT_MET', 'Visits the playground with the children without the host');
  goal(base.socialHost.id, `${months.previous}-15`, 'MET', 'Cooks a warm meal with the children twice a week');
  goal(base.socialHost.id, `${months.previous}-28`, 'MET', 'Takes part in a group evening every month');
  goal(base.socialHost.id, `${months.previous}-10`, 'DROPPED', 'Joins the residents’ room choir');
  goal(base.socialHost.id, addDays(today, 45), 'IN_PROGRESS', 'Finds a regular babysitter among the group’s families');
  goal(unemployed, `${months.previous}-20`, 'MET', 'Goes to the playground with other families weekly');
  goal(unemployed, addDays(today, 30), 'IN_PROGRESS', 'Visits the living room’s benefit guidance');
  goal(gym, `${months.previous}-12`, 'NOT_MET', 'Plans the week’s meals together');
  goal(whole, `${months.previous}-18`, 'MET', 'Attends the monthly community event');

  // What each host agreed with the municipality, and the municipalities' rule parameters.
  const compensationRules = [
    { municipality: 'Rinnala', rentSharePercent: 50, goalBonusCents: 100_00, gymCardYearCents: 480_00, busCardMonthCents: 62_70, minimumHoursPercent: 50 },
    { municipality: 'Naapurila', rentSharePercent: 60, goalBonusCents: 150_00, gymCardYearCents: 420_00, busCardMonthCents: 55_00, minimumHoursPercent: 40 },
  ];
  const since = addDays(today, -400);
  const compensationAgreements = [
    { hostId: base.socialHost.id, municipality: 'Rinnala', form: 'HALF_RENT', monthlyRentCents: 850_00 },
    { hostId: unemployed, municipality: 'Rinnala', form: 'BUS_CARD', monthlyRentCents: 690_00 },
    { hostId: gym, municipality: 'Rinnala', form: 'GYM_CARD', monthlyRentCents: 720_00 },
    { hostId: whole, municipality: 'Naapurila', form: 'WHOLE_RENT', monthlyRentCents: 640_00 },
  ].map((a) => ({ id: rng.uuid(), ...a, startsOn: since, endsOn: null }));

  // Meeting places and activities of every kind, past (attendance, head counts) and coming (sign-ups, one full).
  const openEveryWeekday = (opens: string, closes: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens, closes }));
  const meetingPlaces = [
    {
      id: rng.uuid(),
      name: 'Olohuone Keskusta',
      kind: 'LIVING_ROOM',
      address: `${rng.pick(STREETS)} 4, Rinnala`,
      openingHours: openEveryWeekday('10:00', '16:00'),
      partnerOrganisations: ['Rinnala Parish Diaconia', 'Housing counselling', 'Rinnala Family Association'],
    },
    {
      id: rng.uuid(),
      name: 'Olohuone Itä',
      kind: 'LIVING_ROOM',
      address: `${rng.pick(STREETS)} 11, Rinnala`,
      openingHours: [...openEveryWeekday('12:00', '18:00'), { weekday: 6, opens: '10:00', closes: '14:00' }],
      partnerOrganisations: ['Rinnala Red Cross Branch'],
    },
    {
      id: rng.uuid(),
      name: 'Asukastupa Kotikallio',
      kind: 'RESIDENTS_ROOM',
      address: `${rng.pick(STREETS)} 23, Rinnala`,
      openingHours: [2, 4].map((weekday) => ({ weekday, opens: '15:00', closes: '20:00' })),
      partnerOrganisations: ['Kotikallio Residents’ Association', 'Health nurse of adult social work'],
    },
  ];
  const worker = base.users['family-worker'].id;
  const activity = (title: string, kind: string, date: string, from: string, to: string, place: string | null, capacity: number, hostId: string | null) => ({
    id: rng.uuid(),
    title,
    kind,
    startsAt: time(date, from),
    endsAt: time(date, to),
    meetingPlaceId: place,
    meetingPoint: place ? null : 'Rinnala railway station, main entrance',
    capacity,
    organiserId: hostId ?? worker,
    hostId,
    headCount: null as number | null,
  });
  const [centre, east, residents] = meetingPlaces.map((p) => p.id);
  const a = base.anchor;
  const activities = [
    activity('Coffee morning for parents', 'WEEKLY_ACTIVITY', addDays(a, -7), '10:00', '11:30', centre, 25, null),
    activity('Film night: a family comedy', 'GROUP_MEETING', addDays(a, -5), '18:00', '20:00', residents, 20, base.socialHost.id),
    { ...activity('Benefit guidance week', 'THEME_WEEK', addDays(a, -14), '10:00', '16:00', east, 60, null), endsAt: time(addDays(a, -10), '16:00') },
    activity('Monthly community evening', 'COMMUNITY_EVENT', addDays(a, -12), '17:00', '19:00', residents, 40, null),
    activity('Music night', 'GROUP_MEETING', addDays(a, 10), '18:00', '20:00', residents, 4, base.socialHost.id), // full, and still ahead on a Sunday
    activity('Walk by the river', 'WALK', addDays(a, 5), '17:00', '18:30', null, 15, base.socialHost.id),
    activity('Trip to the national park', 'TRIP', addDays(a, 12), '09:00', '16:00', null, 30, null),
    { ...activity('Family theme week: moving on', 'THEME_WEEK', addDays(a, 14), '10:00', '16:00', centre, 50, null), endsAt: time(addDays(a, 18), '16:00') },
    activity('Community event: winter market', 'COMMUNITY_EVENT', addDays(a, 20), '16:00', '19:00', residents, 80, null),
    ...[1, 2, 8, 9, 15, 16, 22, 23, 29, 30].map((d) => activity('Open play morning', 'WEEKLY_ACTIVITY', addDays(a, d), '10:00', '11:30', centre, 30, null)),
  ];
  activities[0].headCount = 14;
  activities[1].headCount = 9;
  activities[3].headCount = 31;
  const signUps: Array<{ id: string; activityId: string; familyId: string; participants: number; signedUpBy: string; attended: boolean | null }> = [];
  const signUp = (activityIndex: number, familyId: string, participants: number, attended: boolean | null = null) =>
    signUps.push({ id: rng.uuid(), activityId: activities[activityIndex].id, familyId, participants, signedUpBy: worker, attended });
  const groupFamilies = familiesOf(base.socialHost.id);
  signUp(0, groupFamilies[0], 2, true);
  signUp(0, groupFamilies[1], 3, false);
  signUp(1, groupFamilies[2], 2, true);
  signUp(1, groupFamilies[3], 2, null);
  signUp(3, base.families[0].id, 3, true);
  signUp(4, groupFamilies[0], 2); // the music night is full: 4 places taken
  signUp(4, groupFamilies[1], 2);
  signUp(5, base.families[0].id, 2); // the demo guardian's family: its agenda shows the walk
  signUp(6, groupFamilies[4], 4);
  signUp(8, groupFamilies[5], 3);

  return {
    socialHosts,
    extraHostGroups: hostGroups,
    extraHostGroupMembers: hostGroupMembers,
    hoursEntries,
    hostGoals,
    compensationRules,
    compensationAgreements,
    meetingPlaces,
    activities,
    activitySignUps: signUps,
  };
}
