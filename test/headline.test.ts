import { demoMunicipality } from '../demo/municipality';
import { AGENDA_PROVIDERS, gql, HEADLINE, tokenFor } from './setup/client';

const demo = demoMunicipality();

describe('the companion agenda through the gateway', () => {
  it("shows the demo companion's families with items from daycare, clinic and social office, in start order", async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    const families = res.data!.myFamilies;
    const assigned = demo.assignments.filter((a) => a.companionId === demo.users.companion.id).map((a) => a.familyId);
    expect(families.map((f: { id: string }) => f.id).sort()).toEqual([...assigned].sort());
    const seen = new Set<string>();
    for (const family of families) {
      expect(family.displayName).toMatch(/ family$/);
      const sources = new Set<string>(family.agenda.map((i: { source: string }) => i.source));
      expect([...sources]).toEqual(expect.arrayContaining(['DAYCARE', 'CLINIC', 'SOCIAL_OFFICE']));
      sources.forEach((s) => seen.add(s));
      const starts = family.agenda.map((i: { startsAt: string }) => Date.parse(i.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const item of family.agenda) {
        expect(item.startsAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0[23]:00$/);
        expect(item.location.name).toBeTruthy();
      }
    }
    // Between them the families have items from every registered source (volunteers' activities included).
    expect(seen).toEqual(new Set(AGENDA_PROVIDERS.map((s) => s.agendaSource!.value)));
  });

  it('shows cancelled and no-show bookings, which is what companions are there to prevent', async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    const statuses = new Set(res.data!.myFamilies.flatMap((f: { agenda: Array<{ status: string }> }) => f.agenda.map((i) => i.status)));
    expect([...statuses]).toEqual(expect.arrayContaining(['BOOKED']));
    expect(statuses.has('NOSHOW') || statuses.has('CANCELLED')).toBe(true);
  });

  it('gives a guardian the own family only', async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('guardian') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myFamilies.map((f: { id: string }) => f.id)).toEqual([demo.families[0].id]);
  });

  it('keeps each provider’s richer type queryable (by a guardian: service types and topics are health data and notes)', async () => {
    const res = await gql(
      `{ myFamilies { clinicAppointments { serviceType status clinic { name } } discussionTimes { topic status } attendanceReservations { date startTime endTime } socialOfficeAppointments { status caseWorker { title } } } }`,
      { token: await tokenFor('guardian') },
    );
    expect(res.errors).toBeUndefined();
    const family = res.data!.myFamilies[0];
    expect(family.clinicAppointments.length).toBeGreaterThan(0);
    expect(family.attendanceReservations[0].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(family.socialOfficeAppointments.length).toBeGreaterThan(0);
  });

  it('refuses a request without a token with UNAUTHENTICATED', async () => {
    const res = await gql(HEADLINE);
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(res.data).toBeUndefined();
  });

  it('refuses a token signed by someone else', async () => {
    const token = await tokenFor('companion');
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not-the-signature').toString('base64url')}`;
    const res = await gql(HEADLINE, { token: forged });
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
