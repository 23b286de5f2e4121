import { isValidHetu } from '../subgraphs/families/person/hetu';
import { demoMunicipality } from './municipality';

describe('demo municipality', () => {
  const demo = demoMunicipality('2026-11-23');

  it('is the same every time for the same anchor', () => {
    const again = demoMunicipality('2026-11-23');
    expect(again.families.map((f) => f.id)).toEqual(demo.families.map((f) => f.id));
    expect(again.clinicAppointments).toEqual(demo.clinicAppointments);
  });

  it('uses only valid HETUs in the 900–999 test range', () => {
    for (const p of demo.persons) {
      expect(isValidHetu(p.hetu)).toBe(true);
      expect(Number(p.hetu.slice(7, 10))).toBeGreaterThanOrEqual(900);
    }
  });

  it('has hundreds of families, tens of companions, and cancelled and no-show bookings', () => {
    expect(demo.families.length).toBeGreaterThanOrEqual(200);
    expect(demo.companions.length).toBeGreaterThanOrEqual(10);
    const statuses = new Set(demo.clinicAppointments.map((a) => a.status));
    expect(statuses.has('cancelled') && statuses.has('noshow')).toBe(true);
  });

  it('gives the demo companion two families with bookings at all three providers', () => {
    const mine = demo.assignments.filter((a) => a.companionId === demo.users.companion.id).map((a) => a.familyId);
    expect(mine).toHaveLength(2);
    for (const familyId of mine) {
      expect(demo.reservations.some((r) => r.familyId === familyId)).toBe(true);
      expect(demo.clinicAppointments.some((a) => a.familyId === familyId)).toBe(true);
      expect(demo.socialOfficeAppointments.some((a) => a.familyId === familyId)).toBe(true);
    }
  });
});
