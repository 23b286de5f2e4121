import { randomUUID } from 'node:crypto';
import { monthBefore } from '../demo/hosts';
import { demoMunicipality } from '../demo/municipality';
import { helsinkiInstant, helsinkiToday } from '../subgraphs/kit/date-time';
import { isWorkingDay } from '../subgraphs/kit/working-days';
import { gql, sqlStatementsFor, tokenFor } from './setup/client';

const demo = demoMunicipality();
const host = demo.users['social-host'].id; // employed, half the rent
const [, unemployed, gymHost] = demo.socialHosts.map((h) => h.id);
const ownFamilies = demo.hostGroupMembers.map((m) => m.familyId);
// The demo's months count back from the month of its Monday, which early in a month is the month before today's.
const monthsBack = (n: number) => monthBefore(demo.anchor.slice(0, 7), n);
const atToday = (hhmm: string) => helsinkiInstant(helsinkiToday(), hhmm).toISOString();

const LOG = `mutation($input: LogHoursInput!) { logHours(input: $input) { id status minutes kind date families { id } } }`;
const MONTH = `query($hostId: ID!, $month: String!) {
  hostMonth(hostId: $hostId, month: $month) {
    quotaMinutes approvedMinutes pendingMinutes quotaState goalStatuses
    compensation { form totalCents goalBonusEarned lines { kind description amountCents } }
  }
}`;
const monthOf = async (hostId: string, month: string, token?: string) =>
  gql(MONTH, { token: token ?? (await tokenFor('social-host', hostId)), variables: { hostId, month } });

describe('a social host logs hours', () => {
  it('for families of the own group, and the month counts them', async () => {
    const token = await tokenFor('social-host');
    const month = helsinkiToday().slice(0, 7);
    const before = (await monthOf(host, month)).data!.hostMonth.approvedMinutes;
    const res = await gql(LOG, {
      token,
      variables: { input: { startsAt: atToday('06:00'), minutes: 45, kind: 'PLAYGROUND', familyIds: [ownFamilies[0]], idempotencyKey: randomUUID() } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.logHours).toMatchObject({
      status: 'APPROVED',
      minutes: 45,
      kind: 'PLAYGROUND',
      date: helsinkiToday(),
      families: [{ id: ownFamilies[0] }],
    });
    expect((await monthOf(host, month)).data!.hostMonth.approvedMinutes).toBe(before + 45);
  });

  it('never for a family outside the own groups', async () => {
    const res = await gql(LOG, {
      token: await tokenFor('social-host'),
      variables: { input: { startsAt: atToday('06:00'), minutes: 30, kind: 'SHOPPING', familyIds: [demo.families[250].id] } },
    });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses an employed host within working hours with a coded rule, and an unemployed host a long working-day session', async () => {
    let monday = helsinkiToday(new Date(Date.now() - 86_400_000)); // the last working day before today
    while (!isWorkingDay(monday)) monday = helsinkiToday(new Date(Date.parse(`${monday}T12:00:00Z`) - 86_400_000));
    const employed = await gql(LOG, {
      token: await tokenFor('social-host'),
      variables: { input: { startsAt: helsinkiInstant(monday, '10:00').toISOString(), minutes: 60, kind: 'SHOPPING', familyIds: [ownFamilies[0]] } },
    });
    expect(employed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt', rule: 'EMPLOYED_HOST_OUTSIDE_WORKING_HOURS' });
    const family = demo.extraHostGroupMembers.find((m) => m.groupId === demo.extraHostGroups[0].id)!.familyId;
    const long = await gql(LOG, {
      token: await tokenFor('social-host', unemployed),
      variables: { input: { startsAt: helsinkiInstant(monday, '09:00').toISOString(), minutes: 180, kind: 'CHILDCARE', familyIds: [family] } },
    });
    expect(long.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'UNEMPLOYED_HOST_SHORT_HELP' });
  });

  it('warns near the agreed hours, and sends entries past them to the family worker for approval', async () => {
    const token = await tokenFor('social-host', gymHost);
    const family = demo.extraHostGroupMembers.find((m) => m.groupId === demo.extraHostGroups[1].id)!.familyId;
    const log = (startsAt: string, minutes: number) =>
      gql(LOG, { token, variables: { input: { startsAt, minutes, kind: 'COOKING_TOGETHER', familyIds: [family] } } });
    const month = helsinkiToday().slice(0, 7);
    expect((await log(atToday('00:00'), 360)).data!.logHours.status).toBe('APPROVED'); // 6 h of 8
    expect((await monthOf(gymHost, month)).data!.hostMonth.quotaState).toBe('WITHIN');
    expect((await log(atToday('06:00'), 60)).data!.logHours.status).toBe('APPROVED'); // 7 h: past 80 %
    expect((await monthOf(gymHost, month)).data!.hostMonth.quotaState).toBe('NEAR');
    const over = await log(atToday('07:00'), 60); // 8 h 0 min would be the quota; 7 h + 60 min is exactly it
    expect(over.data!.logHours.status).toBe('APPROVED');
    const past = await log(atToday('07:00'), 30);
    expect(past.data!.logHours.status).toBe('PENDING_APPROVAL');
    expect((await monthOf(gymHost, month)).data!.hostMonth).toMatchObject({ approvedMinutes: 480, pendingMinutes: 30, quotaState: 'REACHED' });

    const worker = await tokenFor('family-worker');
    const warned = await gql(`query($month: String!) { hostMonths(month: $month) { hostId quotaState } }`, { token: worker, variables: { month } });
    expect(warned.data!.hostMonths).toContainEqual({ hostId: gymHost, quotaState: 'REACHED' });
    const pending = await gql(`{ pendingHoursEntries { id status } }`, { token: worker });
    expect(pending.data!.pendingHoursEntries.map((e: { id: string }) => e.id)).toContain(past.data!.logHours.id);
    const decide = `mutation($input: DecideHoursEntryInput!) { decideHoursEntry(input: $input) { id status decidedAt } }`;
    const approved = await gql(decide, { token: worker, variables: { input: { entryId: past.data!.logHours.id, approve: true } } });
    expect(approved.data!.decideHoursEntry.status).toBe('APPROVED');
    expect((await monthOf(gymHost, month)).data!.hostMonth).toMatchObject({ approvedMinutes: 510, pendingMinutes: 0 });
    const again = await gql(decide, { token: worker, variables: { input: { entryId: past.data!.logHours.id, approve: false } } });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    // The host may not approve the own hours.
    const self = await gql(decide, { token, variables: { input: { entryId: past.data!.logHours.id, approve: true } } });
    expect(self.errors![0].extensions!.code).toBe('FORBIDDEN');
  });
});

describe("every host's month for a family worker", () => {
  it("reads all hosts' entries in one statement, not one per host", async () => {
    const worker = await tokenFor('family-worker');
    const month = monthsBack(1);
    const months = (fields: string) =>
      gql(`query($month: String!) { hostMonths(month: $month) { hostId ${fields} } }`, { token: worker, variables: { month } });
    const plain = await months('quotaState');
    const withEntries = await months('entries { id minutes hostId }');
    expect(withEntries.errors).toBeUndefined();
    const listed = withEntries.data!.hostMonths as Array<{ hostId: string; entries: Array<{ hostId: string }> }>;
    expect(listed.filter((m) => m.entries.length > 0).length).toBeGreaterThan(1);
    for (const m of listed) expect(m.entries.every((e) => e.hostId === m.hostId)).toBe(true);
    const [before, after] = [await sqlStatementsFor(plain.requestId), await sqlStatementsFor(withEntries.requestId)];
    expect(after.volunteers).toBe(before.volunteers + 1);
  });
});

describe("a host's monthly compensation, computed by benefits from volunteers' hours and goals", () => {
  it('is half the rent plus the bonus when the goals due are met', async () => {
    const res = await monthOf(host, monthsBack(1));
    expect(res.errors).toBeUndefined();
    expect(res.data!.hostMonth.compensation).toMatchObject({ form: 'HALF_RENT', totalCents: 425_00 + 100_00, goalBonusEarned: true });
    expect(res.data!.hostMonth.compensation.lines).toEqual([
      { kind: 'BASE', description: '50 % of the rent 850,00 € (approved 20 h of 20 h agreed)', amountCents: 425_00 },
      { kind: 'GOAL_BONUS', description: 'Goal bonus 100,00 €: 2 of 2 goals due this month met', amountCents: 100_00 },
    ]);
  });

  it('is half the rent without the bonus when a goal is not met; recording it met pays the bonus', async () => {
    const month = monthsBack(2);
    const before = await monthOf(host, month);
    expect(before.data!.hostMonth.goalStatuses.sort()).toEqual(['MET', 'NOT_MET']);
    expect(before.data!.hostMonth.compensation).toMatchObject({ totalCents: 425_00, goalBonusEarned: false });
    expect(before.data!.hostMonth.compensation.lines[1]).toEqual({
      kind: 'GOAL_BONUS',
      description: 'Goal bonus 100,00 €: 1 of 2 goals due this month met, so not paid',
      amountCents: 0,
    });

    const goal = demo.hostGoals.find((g) => g.hostId === host && g.dueOn.startsWith(month) && g.status === 'NOT_MET')!;
    const worker = await tokenFor('family-worker');
    const set = await gql(`mutation($input: SetHostGoalStatusInput!) { setHostGoalStatus(input: $input) { status version } }`, {
      token: worker,
      variables: { input: { goalId: goal.id, status: 'MET', version: 1 } },
    });
    expect(set.data!.setHostGoalStatus).toEqual({ status: 'MET', version: 2 });
    const stale = await gql(`mutation($input: SetHostGoalStatusInput!) { setHostGoalStatus(input: $input) { status } }`, {
      token: worker,
      variables: { input: { goalId: goal.id, status: 'NOT_MET', version: 1 } },
    });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    expect((await monthOf(host, month, worker)).data!.hostMonth.compensation).toMatchObject({ totalCents: 525_00, goalBonusEarned: true });
  });

  it('pays nothing below the minimum hours, and pays the agreed alternatives', async () => {
    const low = await monthOf(unemployed, monthsBack(2));
    expect(low.data!.hostMonth.compensation).toMatchObject({ form: 'BUS_CARD', totalCents: 0 });
    expect(low.data!.hostMonth.compensation.lines[0].description).toMatch(/below the minimum/);
    const bus = await monthOf(unemployed, monthsBack(1));
    expect(bus.data!.hostMonth.compensation).toMatchObject({ form: 'BUS_CARD', totalCents: 62_70 + 100_00 });
    const gym = await monthOf(gymHost, monthsBack(1));
    expect(gym.data!.hostMonth.compensation).toMatchObject({ form: 'GYM_CARD', totalCents: 40_00, goalBonusEarned: false });
  });

  it("is the host's own and the family workers' only", async () => {
    const other = await monthOf(host, monthsBack(1), await tokenFor('social-host', unemployed));
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');
    const guardian = await monthOf(host, monthsBack(1), await tokenFor('guardian'));
    expect(guardian.errors![0].extensions!.code).toBe('FORBIDDEN');
    const bad = await monthOf(host, '2026-13');
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});

describe('referrals and goals', () => {
  it('a family worker refers a family; the host sees it and the goals set with the own families, and the read is logged', async () => {
    const worker = await tokenFor('family-worker');
    const familyId = demo.families[280].id;
    const refer = await gql(`mutation($input: ReferFamilyToHostGroupInput!) { referFamilyToHostGroup(input: $input) { id families { id } } }`, {
      token: worker,
      variables: { input: { groupId: demo.hostGroups[0].id, familyId, idempotencyKey: randomUUID() } },
    });
    expect(refer.errors).toBeUndefined();
    const goal = await gql(`mutation($input: SetHostGoalInput!) { setHostGoal(input: $input) { id status family { id } } }`, {
      token: worker,
      variables: {
        input: {
          groupId: demo.hostGroups[0].id,
          familyId,
          description: 'Goes to the library together',
          dueOn: helsinkiToday(new Date(Date.now() + 20 * 86_400_000)),
        },
      },
    });
    expect(goal.data!.setHostGoal).toMatchObject({ status: 'IN_PROGRESS', family: { id: familyId } });

    await new Promise((r) => setTimeout(r, 5_100)); // the gateway caches grants for 5 s: then the referral grants the host
    const groups = await gql(`{ myHostGroups { id families { id } goals { id family { id } } } }`, { token: await tokenFor('social-host') });
    expect(groups.errors).toBeUndefined();
    const group = groups.data!.myHostGroups.find((g: { id: string }) => g.id === demo.hostGroups[0].id);
    expect(group.families.map((f: { id: string }) => f.id)).toContain(familyId);
    expect(group.goals.map((g: { id: string }) => g.id)).toContain(goal.data!.setHostGoal.id);

    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { viewerRole category operation basis service } } }`, {
      token: await tokenFor('data-protection-officer'),
      variables: { id: familyId },
    });
    expect(log.data!.family.accessLog).toContainEqual({
      viewerRole: 'social-host',
      category: 'HOSTING',
      operation: 'READ',
      basis: 'REFERRAL',
      service: 'volunteers',
    });
    expect(log.data!.family.accessLog).toContainEqual({
      viewerRole: 'family-worker',
      category: 'HOSTING',
      operation: 'WRITE',
      basis: 'MUNICIPAL_ROLE',
      service: 'volunteers',
    });
  });
});

describe('meeting places and activities', () => {
  const ACTIVITIES = `{ activities { id kind placesLeft headCount place { name kind } signUps { id family { id } } } }`;

  it('lists places with opening hours and partners, and activities of every kind', async () => {
    const token = await tokenFor('guardian');
    const places = await gql(`{ meetingPlaces { name kind openingHours { weekday opens closes } partnerOrganisations } }`, { token });
    expect(new Set(places.data!.meetingPlaces.map((p: { kind: string }) => p.kind))).toEqual(new Set(['LIVING_ROOM', 'RESIDENTS_ROOM']));
    const from = helsinkiToday(new Date(Date.now() - 20 * 86_400_000));
    const all = await gql(`query($from: LocalDate!) { activities(from: $from) { kind } }`, { token, variables: { from } });
    expect(new Set(all.data!.activities.map((a: { kind: string }) => a.kind))).toEqual(
      new Set(['WEEKLY_ACTIVITY', 'THEME_WEEK', 'COMMUNITY_EVENT', 'GROUP_MEETING', 'WALK', 'TRIP']),
    );
  });

  it('a guardian signs the family up; a full activity refuses with ACTIVITY_FULL; the host sees places left, not families', async () => {
    const guardian = await tokenFor('guardian');
    const familyId = demo.families[0].id;
    const trip = demo.activities.find((a) => a.kind === 'TRIP')!;
    const SIGN_UP = `mutation($input: SignUpForActivityInput!) { signUpForActivity(input: $input) { id participants attended family { id } } }`;
    const res = await gql(SIGN_UP, { token: guardian, variables: { input: { activityId: trip.id, familyId, participants: 2, idempotencyKey: randomUUID() } } });
    expect(res.data!.signUpForActivity).toMatchObject({ participants: 2, attended: null, family: { id: familyId } });
    const twice = await gql(SIGN_UP, { token: guardian, variables: { input: { activityId: trip.id, familyId, participants: 1 } } });
    expect(twice.errors![0].extensions!.code).toBe('CONFLICT');

    const full = demo.activities.find((a) => a.title === 'Music night')!;
    const refused = await gql(SIGN_UP, { token: guardian, variables: { input: { activityId: full.id, familyId, participants: 1 } } });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ACTIVITY_FULL', placesLeft: 0 });
    const other = await gql(SIGN_UP, { token: guardian, variables: { input: { activityId: trip.id, familyId: demo.families[1].id, participants: 1 } } });
    expect(other.errors![0].extensions!.code).toBe('FORBIDDEN');

    const agenda = await gql(`{ myFamilies { id agenda { id source title status location { name } } } }`, { token: guardian });
    expect(agenda.errors).toBeUndefined();
    const own = agenda.data!.myFamilies.find((f: { id: string }) => f.id === familyId);
    expect(own.agenda).toContainEqual({
      id: res.data!.signUpForActivity.id,
      source: 'ACTIVITIES',
      title: trip.title,
      status: 'BOOKED',
      location: { name: trip.meetingPoint },
    });

    const seen = (await gql(ACTIVITIES, { token: guardian })).data!.activities.find((a: { id: string }) => a.id === trip.id);
    expect(seen.signUps).toEqual([{ id: res.data!.signUpForActivity.id, family: { id: familyId } }]);
    const byHost = (await gql(ACTIVITIES, { token: await tokenFor('social-host') })).data!.activities;
    expect(byHost.find((a: { id: string }) => a.id === full.id)).toMatchObject({ placesLeft: 0, signUps: [] });
  });

  it('records attendance (family worker) and an anonymous head count (the leading host)', async () => {
    const worker = await tokenFor('family-worker');
    const signUp = demo.activitySignUps.find(
      (s) => s.attended === null && demo.activities.find((a) => a.id === s.activityId)!.startsAt.getTime() < Date.now(),
    )!;
    const attended = await gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id attended } }`, {
      token: worker,
      variables: { input: { signUpId: signUp.id, attended: true } },
    });
    expect(attended.data!.recordAttendance).toEqual({ id: signUp.id, attended: true });
    const led = demo.activities.find((a) => a.hostId === host && a.startsAt.getTime() < Date.now())!;
    const COUNT = `mutation($input: RecordHeadCountInput!) { recordHeadCount(input: $input) { id headCount } }`;
    expect(
      (await gql(COUNT, { token: await tokenFor('social-host'), variables: { input: { activityId: led.id, headCount: 11 } } })).data!.recordHeadCount.headCount,
    ).toBe(11);
    const notLed = demo.activities.find((a) => a.hostId === null && a.startsAt.getTime() < Date.now())!;
    const refused = await gql(COUNT, { token: await tokenFor('social-host'), variables: { input: { activityId: notLed.id, headCount: 3 } } });
    expect(refused.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it("keeps a host's activity within the host's scheduling rule", async () => {
    let day = helsinkiToday(new Date(Date.now() + 7 * 86_400_000));
    while ([0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay())) day = helsinkiToday(new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000));
    const res = await gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
      token: await tokenFor('social-host'),
      variables: {
        input: {
          title: 'Lunch walk',
          kind: 'WALK',
          startsAt: helsinkiInstant(day, '12:00').toISOString(),
          endsAt: helsinkiInstant(day, '13:00').toISOString(),
          meetingPoint: 'Market square',
          capacity: 10,
        },
      },
    });
    // A weekday a week ahead may be a holiday; otherwise an employed host is at work at noon.
    if (res.errors) expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'EMPLOYED_HOST_OUTSIDE_WORKING_HOURS' });
  });
});
