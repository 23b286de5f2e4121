import { randomUUID } from 'node:crypto';
import { DEMO_FAMILY } from '../demo/companions';
import { demoMunicipality } from '../demo/municipality';
import { helsinkiInstant, helsinkiToday } from '../subgraphs/kit/date-time';
import { gql, sqlStatementsFor, tokenFor } from './setup/client';

/**
 * Issue 7 through the gateway with demo tokens: consents a family manages, matching a companion to a
 * referred family, the companion's reminders from the federated timeline, kept-versus-missed from real
 * booking statuses, the companion lifecycle and supervision feedback.
 */
const demo = demoMunicipality();
const { volunteers, coordinators, referrals } = demo.companionship;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const inDays = (n: number) => helsinkiToday(new Date(Date.now() + n * DAY));
const guardianOf = (index: number) => demo.families[index].members[0].id;
const otherCoordinator = coordinators.find((c) => c.organisation !== volunteers.free.organisation)!.id;
const bookingsOf = (familyId: string) => [
  ...demo.clinicAppointments.filter((a) => a.familyId === familyId).map((a) => ({ id: a.id, startsAt: a.startsAt, status: a.status, source: 'CLINIC' })),
  ...demo.socialOfficeAppointments
    .filter((a) => a.familyId === familyId)
    .map((a) => ({ id: a.id, startsAt: a.startsAt, status: a.status, source: 'SOCIAL_OFFICE' })),
  ...demo.discussionTimes.filter((d) => d.familyId === familyId).map((d) => ({ id: d.id, startsAt: d.startsAt, status: d.status, source: 'DAYCARE' })),
];
const waitForGrants = () => new Promise((r) => setTimeout(r, 5_100)); // past the passport issuer's grant cache

const CONSENTS = `query { myFamilies { id consents { id status scopes validUntil revokedAt companion { firstName } } } }`;
const REMINDERS = `query { myCompanionProfile { reminders { kind family { id displayName } item { id source title startsAt status } } } }`;

describe('a guardian manages the family’s consents', () => {
  const familyId = demo.families[DEMO_FAMILY.consents].id;

  it('lists active, ended and revoked consents, revokes one by the id from the list, and renews an ended one', async () => {
    const token = await tokenFor('guardian', guardianOf(DEMO_FAMILY.consents));
    const listed = await gql(CONSENTS, { token });
    expect(listed.errors).toBeUndefined();
    const consents = listed.data!.myFamilies.find((f: { id: string }) => f.id === familyId).consents;
    expect(consents.map((c: { status: string }) => c.status).sort()).toEqual(['ACTIVE', 'ENDED', 'REVOKED']);
    expect(consents[0].scopes).toEqual(['BOOKINGS', 'CONTACT']);

    const active = consents.find((c: { status: string }) => c.status === 'ACTIVE');
    const revoked = await gql(`mutation($id: ID!) { revokeConsent(id: $id) { id status revokedAt } }`, { token, variables: { id: active.id } });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeConsent).toMatchObject({ id: active.id, status: 'REVOKED' });

    const ended = consents.find((c: { status: string }) => c.status === 'ENDED');
    const renewed = await gql(`mutation($input: RenewConsentInput!) { renewConsent(input: $input) { id status validUntil } }`, {
      token,
      variables: { input: { consentId: ended.id, validUntil: inDays(30) } },
    });
    expect(renewed.data!.renewConsent).toEqual({ id: ended.id, status: 'ACTIVE', validUntil: inDays(30) });

    const again = await gql(`mutation($input: RenewConsentInput!) { renewConsent(input: $input) { id } }`, {
      token,
      variables: { input: { consentId: active.id, validUntil: inDays(30) } },
    });
    expect(again.errors![0].extensions!.code).toBe('CONFLICT');
    const after = (await gql(CONSENTS, { token })).data!.myFamilies.find((f: { id: string }) => f.id === familyId).consents;
    expect(after.map((c: { status: string }) => c.status).sort()).toEqual(['ACTIVE', 'REVOKED', 'REVOKED']);
  });

  it('does not find another family’s consent', async () => {
    const other = demo.consents.find((c) => c.familyId !== familyId)!;
    const res = await gql(`mutation($id: ID!) { revokeConsent(id: $id) { id } }`, {
      token: await tokenFor('guardian', guardianOf(DEMO_FAMILY.consents)),
      variables: { id: other.id },
    });
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  });
});

describe('matching a companion to a referred family, and the companion’s reminders', () => {
  const family = demo.families[DEMO_FAMILY.referred];
  const referral = referrals.find((r) => r.familyId === family.id)!;

  it('ranks candidates with reasons, proposes, and the match is active only when the guardian consents; then reminders show the family’s next 48 hours and recent no-shows', async () => {
    const coordinator = await tokenFor('volunteer-coordinator');
    const companion = await tokenFor('companion', volunteers.free.id);

    const open = await gql(`query { companionReferrals(status: OPEN) { id family { id } needs candidates { companion { id organisation } score reasons } } }`, {
      token: coordinator,
    });
    expect(open.errors).toBeUndefined();
    const mine = open.data!.companionReferrals.find((r: { id: string }) => r.id === referral.id);
    expect(mine.family.id).toBe(family.id);
    expect(mine.candidates[0].companion.id).toBe(volunteers.free.id);
    expect(mine.candidates[0].reasons).toEqual(expect.arrayContaining(["Speaks the family's language: ar, fi", 'Lives in the same area: Itäinen']));
    // Only the coordinator's own organisation's volunteers are candidates.
    expect(new Set(mine.candidates.map((c: { companion: { organisation: string } }) => c.companion.organisation))).toEqual(
      new Set([volunteers.free.organisation]),
    );

    const proposed = await gql(`mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id status } }`, {
      token: coordinator,
      variables: {
        input: { familyId: family.id, companionId: volunteers.free.id, startsOn: inDays(0), referralId: referral.id, idempotencyKey: randomUUID() },
      },
    });
    expect(proposed.data!.assignCompanion.status).toBe('PROPOSED');
    expect((await gql(REMINDERS, { token: companion })).data!.myCompanionProfile.reminders).toEqual([]);

    const guardian = await tokenFor('guardian', guardianOf(DEMO_FAMILY.referred));
    const seen = await gql(`query($id: ID!) { family(id: $id) { companionAssignments { id status companion { firstName } } } }`, {
      token: guardian,
      variables: { id: family.id },
    });
    expect(seen.data!.family.companionAssignments).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: proposed.data!.assignCompanion.id, status: 'PROPOSED' })]),
    );
    const consent = await gql(`mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id status } }`, {
      token: guardian,
      variables: {
        input: { familyId: family.id, companionId: volunteers.free.id, scopes: ['BOOKINGS', 'CONTACT'], validUntil: inDays(180), idempotencyKey: randomUUID() },
      },
    });
    expect(consent.data!.grantConsent.status).toBe('ACTIVE');
    const accepted = await gql(`query($id: ID!) { family(id: $id) { companionAssignments { id status } } }`, { token: guardian, variables: { id: family.id } });
    expect(accepted.data!.family.companionAssignments).toEqual(expect.arrayContaining([{ id: proposed.data!.assignCompanion.id, status: 'ACTIVE' }]));
    const matched = await gql(`query { companionReferrals(status: MATCHED) { id } }`, { token: coordinator });
    expect(matched.data!.companionReferrals.map((r: { id: string }) => r.id)).toContain(referral.id);

    await waitForGrants();
    const res = await gql(REMINDERS, { token: companion });
    expect(res.errors).toBeUndefined();
    const now = Date.now();
    const reminders: Array<{
      kind: string;
      family: { id: string; displayName: string };
      item: { id: string; source: string; startsAt: string; status: string };
    }> = res.data!.myCompanionProfile.reminders;
    expect(new Set(reminders.map((r) => r.family.id))).toEqual(new Set([family.id]));
    expect(reminders[0].family.displayName).toBe(family.displayName);

    const upcoming = reminders.filter((r) => r.kind === 'UPCOMING');
    const missed = reminders.filter((r) => r.kind === 'MISSED');
    // The next 48 hours from daycare, clinic and social office, each item still standing.
    expect(new Set(upcoming.map((r) => r.item.source))).toEqual(new Set(['DAYCARE', 'CLINIC', 'SOCIAL_OFFICE']));
    for (const r of upcoming) {
      expect(Date.parse(r.item.startsAt)).toBeGreaterThanOrEqual(now - 60_000);
      expect(Date.parse(r.item.startsAt)).toBeLessThanOrEqual(now + 48 * HOUR);
      expect(['BOOKED', 'PROPOSED', 'PENDING']).toContain(r.item.status);
    }
    const booked = bookingsOf(family.id).filter(
      (b) => b.status === 'booked' && b.startsAt.getTime() > now + 60_000 && b.startsAt.getTime() < now + 48 * HOUR - 60_000,
    );
    expect(booked.length).toBeGreaterThanOrEqual(3);
    expect(upcoming.map((r) => r.item.id)).toEqual(expect.arrayContaining(booked.map((b) => b.id)));
    // Exactly the no-shows of the last 14 days, at every provider, by the providers' own statuses.
    const noShows = bookingsOf(family.id).filter((b) => b.status === 'noshow' && b.startsAt.getTime() <= now && b.startsAt.getTime() >= now - 14 * DAY);
    expect(new Set(noShows.map((b) => b.source))).toEqual(new Set(['DAYCARE', 'CLINIC', 'SOCIAL_OFFICE']));
    expect(missed.map((r) => r.item.id).sort()).toEqual(noShows.map((b) => b.id).sort());
    expect(reminders.every((r) => r.item.status !== 'NOSHOW' || r.kind === 'MISSED')).toBe(true);

    // The read is logged in volunteers, in the companion's role, on the consent.
    const log = await gql(`query($id: ID!) { family(id: $id) { accessLog { service viewerRole category operation basis } } }`, {
      token: guardian,
      variables: { id: family.id },
    });
    expect(log.data!.family.accessLog).toEqual(
      expect.arrayContaining([{ service: 'volunteers', viewerRole: 'companion', category: 'BOOKINGS', operation: 'READ', basis: 'CONSENT' }]),
    );
  });

  it('costs the same SQL statements per subgraph for one family as for three', async () => {
    const companion = await tokenFor('companion', volunteers.free.id);
    const one = await gql(REMINDERS, { token: companion });
    expect(new Set(one.data!.myCompanionProfile.reminders.map((r: { family: { id: string } }) => r.family.id)).size).toBe(1);
    const countsForOne = await sqlStatementsFor(one.requestId);

    for (const index of [272, 273]) {
      const f = demo.families[index];
      const proposed = await gql(`mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }`, {
        token: await tokenFor('volunteer-coordinator'),
        variables: { input: { familyId: f.id, companionId: volunteers.free.id, startsOn: inDays(0) } },
      });
      expect(proposed.errors).toBeUndefined();
      const consent = await gql(`mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`, {
        token: await tokenFor('guardian', f.members[0].id),
        variables: { input: { familyId: f.id, companionId: volunteers.free.id, scopes: ['BOOKINGS', 'CONTACT'], validUntil: inDays(30) } },
      });
      expect(consent.errors).toBeUndefined();
    }
    await waitForGrants();
    const three = await gql(REMINDERS, { token: companion });
    expect(three.errors).toBeUndefined();
    expect(Object.keys(countsForOne).sort()).toEqual(expect.arrayContaining(['clinic', 'daycare', 'families', 'social-office', 'volunteers']));
    expect(await sqlStatementsFor(three.requestId)).toEqual(countsForOne);
  });

  it('shows another companion none of the family’s reminders', async () => {
    const res = await gql(REMINDERS, { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myCompanionProfile.reminders.map((r: { family: { id: string } }) => r.family.id)).not.toContain(family.id);
  });

  it('refuses a coordinator of another organisation, and validates the referral input with coded errors', async () => {
    const other = await gql(`mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }`, {
      token: await tokenFor('volunteer-coordinator', otherCoordinator),
      variables: { input: { familyId: demo.families[DEMO_FAMILY.proposed].id, companionId: volunteers.keeper.id, startsOn: inDays(0) } },
    });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
    const bad = await gql(`mutation($input: ReferFamilyToCompanionshipInput!) { referFamilyToCompanionship(input: $input) { id } }`, {
      token: await tokenFor('family-worker'),
      variables: { input: { familyId: family.id, languages: ['finnish'], area: 'Keskusta', availability: [], needs: ['EXHAUSTION'] } },
    });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].message).toMatch(/ISO 639-1/);
  });
});

describe('kept against missed, before and during companionship', () => {
  it('is computed from the providers’ booking statuses, per family and in total, for the coordinator’s organisation', async () => {
    const res = await gql(
      `query { myVolunteerOrganisation { name appointmentOutcomes {
         families { family { id } companionshipStartsOn companionshipEndsOn before { kept missed keptShare } during { kept missed keptShare } }
         before { kept missed } during { kept missed } } } }`,
      { token: await tokenFor('volunteer-coordinator') },
    );
    expect(res.errors).toBeUndefined();
    const outcomes = res.data!.myVolunteerOrganisation.appointmentOutcomes;
    const followed = demo.families[DEMO_FAMILY.followed].id;
    const record = outcomes.families.find((f: { family: { id: string } }) => f.family.id === followed);
    const startsOn = inDays(-10);
    expect(record.companionshipStartsOn).toBe(startsOn);

    const now = Date.now();
    const start = helsinkiInstant(startsOn, '00:00').getTime();
    const counted = bookingsOf(followed).filter((b) => b.startsAt.getTime() <= now && b.startsAt.getTime() >= now - 30 * DAY);
    const tally = (items: typeof counted) => {
      const kept = items.filter((b) => b.status === 'fulfilled').length;
      const missed = items.filter((b) => b.status === 'noshow').length;
      return { kept, missed, keptShare: kept + missed ? kept / (kept + missed) : null };
    };
    expect(record.before).toEqual(tally(counted.filter((b) => b.startsAt.getTime() < start)));
    expect(record.during).toEqual(tally(counted.filter((b) => b.startsAt.getTime() >= start)));
    expect(record.during.keptShare).toBeGreaterThan(record.before.keptShare);

    const sum = (period: 'before' | 'during') =>
      outcomes.families.reduce(
        (s: { kept: number; missed: number }, f: Record<string, { kept: number; missed: number }>) => ({
          kept: s.kept + f[period].kept,
          missed: s.missed + f[period].missed,
        }),
        {
          kept: 0,
          missed: 0,
        },
      );
    expect(outcomes.before).toEqual(sum('before'));
    expect(outcomes.during).toEqual(sum('during'));
  });

  it('is empty for a coordinator of another organisation and null for other roles', async () => {
    const other = await gql(`query { myVolunteerOrganisation { name appointmentOutcomes { families { family { id } } } } }`, {
      token: await tokenFor('volunteer-coordinator', otherCoordinator),
    });
    expect(other.errors).toBeUndefined();
    expect(other.data!.myVolunteerOrganisation.appointmentOutcomes.families.map((f: { family: { id: string } }) => f.family.id)).not.toContain(
      demo.families[DEMO_FAMILY.followed].id,
    );
    const guardian = await gql(`query { myVolunteerOrganisation { name } }`, { token: await tokenFor('guardian') });
    expect(guardian.data!.myVolunteerOrganisation).toBeNull();
  });
});

describe('the companion lifecycle, training and supervision feedback', () => {
  const CHANGE = `mutation($input: ChangeCompanionStageInput!) { changeCompanionStage(input: $input) { id stage } }`;
  const RECORD = `mutation($input: RecordVolunteerMeetingInput!) { recordVolunteerMeeting(input: $input) { id kind attendance { companion { id } attended } } }`;

  it('moves a volunteer from applied to trained only after an attended training session, and refuses other moves with reasons', async () => {
    const coordinator = await tokenFor('volunteer-coordinator');
    const applicant = volunteers.applied[1].id;
    const skip = await gql(CHANGE, { token: coordinator, variables: { input: { companionId: applicant, stage: 'ACTIVE' } } });
    expect(skip.errors![0]).toMatchObject({ message: 'From APPLIED a companion can move only to TRAINED or ENDED.', extensions: { code: 'CONFLICT' } });
    const untrained = await gql(CHANGE, { token: coordinator, variables: { input: { companionId: applicant, stage: 'TRAINED' } } });
    expect(untrained.errors![0].message).toMatch(/training session/);

    const training = await gql(RECORD, {
      token: coordinator,
      variables: {
        input: {
          kind: 'TRAINING',
          heldOn: inDays(0),
          topic: 'Walking alongside',
          attendance: [{ companionId: applicant, attended: true }],
          idempotencyKey: randomUUID(),
        },
      },
    });
    expect(training.errors).toBeUndefined();
    const trained = await gql(CHANGE, { token: coordinator, variables: { input: { companionId: applicant, stage: 'TRAINED' } } });
    expect(trained.data!.changeCompanionStage).toEqual({ id: applicant, stage: 'TRAINED' });

    // A busy companion cannot pause with families waiting.
    const busy = await gql(CHANGE, { token: coordinator, variables: { input: { companionId: volunteers.follower.id, stage: 'PAUSED' } } });
    expect(busy.errors![0].message).toMatch(/open assignment/);
  });

  it("shows a coordinator only the own organisation's volunteers, in every stage", async () => {
    const res = await gql(`query { myVolunteerOrganisation { name companions { id stage organisation } } }`, {
      token: await tokenFor('volunteer-coordinator'),
    });
    const companions = res.data!.myVolunteerOrganisation.companions;
    expect(new Set(companions.map((c: { organisation: string }) => c.organisation))).toEqual(new Set([res.data!.myVolunteerOrganisation.name]));
    expect(new Set(companions.map((c: { stage: string }) => c.stage))).toEqual(new Set(['APPLIED', 'TRAINED', 'ACTIVE', 'PAUSED', 'ENDED']));
    const other = await gql(CHANGE, {
      token: await tokenFor('volunteer-coordinator', otherCoordinator),
      variables: { input: { companionId: volunteers.applied[0].id, stage: 'ENDED' } },
    });
    expect(other.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  it('takes structured feedback after a supervision meeting once, and shows coordinators the aggregate', async () => {
    const coordinator = await tokenFor('volunteer-coordinator');
    const SUMMARY = `query { myVolunteerOrganisation { feedbackSummary { meetings responses averageUsefulness workload { LIGHT RIGHT HEAVY } continuing } } }`;
    const before = (await gql(SUMMARY, { token: coordinator })).data!.myVolunteerOrganisation.feedbackSummary;
    expect(before.responses).toBeGreaterThan(0);
    const meeting = await gql(RECORD, {
      token: coordinator,
      variables: {
        input: { kind: 'SUPERVISION', heldOn: inDays(0), topic: 'Group supervision', attendance: [{ companionId: volunteers.keeper.id, attended: true }] },
      },
    });
    const FEEDBACK = `mutation($input: GiveSupervisionFeedbackInput!) { giveSupervisionFeedback(input: $input) { id workload } }`;
    const input = { meetingId: meeting.data!.recordVolunteerMeeting.id, usefulness: 5, feelsSupported: 4, workload: 'HEAVY', continuing: true };
    const companion = await tokenFor('companion', volunteers.keeper.id);
    expect((await gql(FEEDBACK, { token: companion, variables: { input } })).data!.giveSupervisionFeedback.workload).toBe('HEAVY');
    expect((await gql(FEEDBACK, { token: companion, variables: { input } })).errors![0].extensions!.code).toBe('CONFLICT');
    const outOfRange = await gql(FEEDBACK, { token: companion, variables: { input: { ...input, usefulness: 6 } } });
    expect(outOfRange.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    const notThere = await gql(FEEDBACK, { token: await tokenFor('companion', volunteers.follower.id), variables: { input } });
    expect(notThere.errors![0].extensions!.code).toBe('NOT_FOUND');

    const after = (await gql(SUMMARY, { token: coordinator })).data!.myVolunteerOrganisation.feedbackSummary;
    expect(after).toMatchObject({
      meetings: before.meetings + 1,
      responses: before.responses + 1,
      workload: { ...before.workload, HEAVY: before.workload.HEAVY + 1 },
    });
  });
});
