import { makeHetu } from '../subgraphs/families/person/hetu';
import { helsinkiInstant, helsinkiToday } from '../subgraphs/kit/date-time';
import { demoBenefits } from './benefits';
import { withCompanionship } from './companions';
import { demoHousing } from './housing';
import { ADULT_NAMES, GIVEN_NAMES, STREETS, SURNAMES } from './names';
import { SeededRandom } from './random';
import { demoHelpFlow } from './help';
import { demoHosts } from './hosts';

/**
 * The fictitious municipality of Rinnala: one deterministic data set from which each
 * subgraph seeds only its own slice. Names are random combinations and every HETU is in
 * the 900–999 test range, so no real person appears.
 */
export const MUNICIPALITY = 'Rinnala';
const SEED = 2026;
const FAMILY_COUNT = 300;
const COMPANION_COUNT = 30;

export type FhirStatus = 'proposed' | 'booked' | 'fulfilled' | 'cancelled' | 'noshow';

export interface DemoPerson {
  id: string;
  familyId: string;
  role: 'GUARDIAN' | 'CHILD';
  firstName: string;
  lastName: string;
  hetu: string;
  phone?: string;
  email?: string;
}
export interface DemoFamily {
  id: string;
  displayName: string;
  address: string;
  members: DemoPerson[];
}
export interface DemoBooking {
  id: string;
  familyId: string;
  personId: string;
  placeId: string;
  startsAt: Date;
  endsAt: Date;
  status: FhirStatus;
  kind: string;
}

const CLINIC_VISITS = ['Health check-up', 'Vaccination', 'Hearing and vision check', 'Dental check-up', 'Family health visit'];
const SOCIAL_OFFICE_VISITS = ['Service need assessment', 'Service plan meeting', 'Benefit guidance', 'Follow-up meeting'];
const DISCUSSION_TOPICS = ['Early education plan', 'Transition to preschool', 'Support discussion'];
const ABSENCE_TYPES = ['SICKLEAVE', 'PLANNED_ABSENCE', 'OTHER_ABSENCE'] as const;

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const isWeekday = (date: string) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/** The Monday of the current week in Helsinki: bookings are laid around it, so the demo always has upcoming items. */
export function demoAnchor(now = new Date()): string {
  const today = helsinkiToday(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(today, -weekday);
}

export function demoMunicipality(anchor = demoAnchor()) {
  const rng = new SeededRandom(SEED);
  const time = (date: string, hour: number, minute = 0) => helsinkiInstant(date, `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
  let individual = 900;
  const nextIndividual = () => (individual = individual >= 999 ? 900 : individual + 1);

  const families: DemoFamily[] = [];
  for (let f = 0; f < FAMILY_COUNT; f++) {
    const id = rng.uuid();
    const lastName = rng.pick(SURNAMES);
    const members: DemoPerson[] = [];
    const guardians = rng.chance(0.6) ? 2 : 1;
    for (let g = 0; g < guardians; g++) {
      const birth = `${rng.int(1975, 1998)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      const firstName = rng.pick(ADULT_NAMES);
      members.push({
        id: rng.uuid(),
        familyId: id,
        role: 'GUARDIAN',
        firstName,
        lastName,
        hetu: makeHetu(birth, nextIndividual(), rng.int(0, 5)),
        phone: `+35840${String(rng.int(1000000, 9999999))}`,
        email: `${firstName}.${lastName}.${f}@example.fi`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
      });
    }
    // The demo companion's first two families always have a child of daycare age.
    const children = f < 2 ? 2 : rng.int(1, 3);
    for (let c = 0; c < children; c++) {
      const year = f < 2 && c === 0 ? 2022 : rng.int(2014, 2025);
      const birth = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
      members.push({
        id: rng.uuid(),
        familyId: id,
        role: 'CHILD',
        firstName: rng.pick(GIVEN_NAMES),
        lastName,
        hetu: makeHetu(birth, nextIndividual(), rng.int(0, 5)),
      });
    }
    families.push({ id, displayName: `${lastName} family`, address: `${rng.pick(STREETS)} ${rng.int(1, 60)}, ${MUNICIPALITY}`, members });
  }
  const persons = families.flatMap((f) => f.members);
  const birthYear = (p: DemoPerson) => Number(p.hetu.slice(4, 6)) + (/[A-F]/.test(p.hetu[6]) ? 2000 : 1900);

  // Volunteers: companions, each walking alongside one to three families, with consent to bookings and contact.
  const companions = Array.from({ length: COMPANION_COUNT }, () => ({
    id: rng.uuid(),
    firstName: rng.pick(ADULT_NAMES),
    lastName: rng.pick(SURNAMES),
    phone: `+35850${String(rng.int(1000000, 9999999))}`,
    organisation: rng.pick(['Rinnala Family Association', 'Rinnala Parish Diaconia', 'Rinnala Red Cross Branch']),
  }));
  const assignments: Array<{ id: string; companionId: string; familyId: string; startsOn: string; endsOn: string | null }> = [];
  const consents: Array<{
    id: string;
    familyId: string;
    companionId: string;
    grantedBy: string;
    scopes: string[];
    validUntil: string;
    revokedAt: Date | null;
  }> = [];
  let nextFamily = 0;
  for (const [c, companion] of companions.entries()) {
    const count = c === 0 ? 2 : rng.int(1, 3);
    for (let k = 0; k < count && nextFamily < families.length; k++, nextFamily++) {
      const family = families[nextFamily];
      const ended = c > 0 && rng.chance(0.1);
      assignments.push({
        id: rng.uuid(),
        companionId: companion.id,
        familyId: family.id,
        startsOn: addDays(anchor, -rng.int(30, 200)),
        endsOn: ended ? addDays(anchor, -rng.int(1, 20)) : null,
      });
      consents.push({
        id: rng.uuid(),
        familyId: family.id,
        companionId: companion.id,
        grantedBy: family.members[0].id,
        scopes: ['bookings', 'contact'],
        validUntil: addDays(anchor, 365),
        revokedAt: null,
      });
    }
  }

  // Daycare (eVaka-shaped): units, placements, daily attendance reservations, absences, discussion times.
  const daycareUnits = ['Satakieli', 'Kielo', 'Metsätähti', 'Mustikka', 'Peikkometsä', 'Tuulenpesä'].map((name) => ({
    id: rng.uuid(),
    name: `Päiväkoti ${name}`,
    address: `${rng.pick(STREETS)} ${rng.int(1, 40)}, ${MUNICIPALITY}`,
  }));
  const placements: Array<{ id: string; childId: string; familyId: string; unitId: string; type: string; startsOn: string; endsOn: string }> = [];
  const reservations: Array<{ id: string; childId: string; familyId: string; unitId: string; date: string; startTime: string; endTime: string }> = [];
  const absences: Array<{ id: string; childId: string; familyId: string; date: string; type: string }> = [];
  const days = Array.from({ length: 42 }, (_, i) => addDays(anchor, i - 14)).filter(isWeekday);
  for (const child of persons.filter((p) => p.role === 'CHILD' && birthYear(p) >= 2020 && birthYear(p) <= 2025)) {
    const unit = rng.pick(daycareUnits);
    placements.push({
      id: rng.uuid(),
      childId: child.id,
      familyId: child.familyId,
      unitId: unit.id,
      type: birthYear(child) === 2020 ? 'PRESCHOOL_DAYCARE' : 'DAYCARE',
      startsOn: addDays(anchor, -rng.int(60, 400)),
      endsOn: addDays(anchor, 365),
    });
    const start = rng.pick(['07:30', '08:00', '08:30']);
    const end = rng.pick(['15:30', '16:00', '16:30']);
    for (const date of days) {
      if (rng.chance(0.06)) absences.push({ id: rng.uuid(), childId: child.id, familyId: child.familyId, date, type: rng.pick(ABSENCE_TYPES) });
      reservations.push({ id: rng.uuid(), childId: child.id, familyId: child.familyId, unitId: unit.id, date, startTime: start, endTime: end });
    }
  }
  const discussionTimes = placements
    .filter((_, i) => i < 2 || rng.chance(0.4))
    .map((p) => {
      const date = addDays(anchor, rng.pick([-8, -3, 2, 9, 16, 23]));
      const hour = rng.int(8, 15);
      const past = date < anchor;
      return {
        id: rng.uuid(),
        familyId: p.familyId,
        childId: p.childId,
        unitId: p.unitId,
        topic: rng.pick(DISCUSSION_TOPICS),
        startsAt: time(isWeekday(date) ? date : addDays(date, 2), hour),
        endsAt: time(isWeekday(date) ? date : addDays(date, 2), hour, 45),
        status: (past ? (rng.chance(0.85) ? 'fulfilled' : 'noshow') : rng.chance(0.9) ? 'booked' : 'cancelled') as FhirStatus,
      };
    });

  const bookingsFor = (places: Array<{ id: string }>, kinds: readonly string[], share: number, minutes: number): DemoBooking[] =>
    families.flatMap((family, f) => {
      if (f >= 2 && !rng.chance(share)) return [];
      return Array.from({ length: f < 2 ? 2 : rng.int(1, 3) }, (_, k) => {
        // The demo companion's families get one past and one upcoming booking at each provider.
        const offset = f < 2 ? (k === 0 ? -rng.int(2, 12) : rng.int(1, 20)) : rng.int(-21, 35);
        let date = addDays(anchor, offset);
        while (!isWeekday(date)) date = addDays(date, 1);
        const startsAt = time(date, rng.int(8, 15), rng.pick([0, 15, 30, 45]));
        const past = date < anchor;
        const status: FhirStatus = past
          ? rng.pick(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'noshow', 'cancelled'] as const)
          : rng.pick(['booked', 'booked', 'booked', 'booked', 'booked', 'cancelled', 'proposed'] as const);
        const person = rng.pick(family.members);
        return {
          id: rng.uuid(),
          familyId: family.id,
          personId: person.id,
          placeId: rng.pick(places).id,
          startsAt,
          endsAt: new Date(startsAt.getTime() + minutes * 60000),
          status,
          kind: rng.pick(kinds),
        };
      });
    });

  // Child health clinic (neuvola) and social office: FHIR-status appointments.
  const clinics = ['Keskusta', 'Itäinen', 'Läntinen'].map((area) => ({
    id: rng.uuid(),
    name: `${area} child health clinic`,
    address: `${rng.pick(STREETS)} ${rng.int(1, 40)}, ${MUNICIPALITY}`,
  }));
  const clinicAppointments = bookingsFor(clinics, CLINIC_VISITS, 0.7, 45);
  const socialOffices = ['Central', 'North'].map((area) => ({
    id: rng.uuid(),
    name: `${area} social office`,
    address: `${rng.pick(STREETS)} ${rng.int(1, 40)}, ${MUNICIPALITY}`,
  }));
  const caseWorkers = Array.from({ length: 8 }, () => ({
    id: rng.uuid(),
    firstName: rng.pick(ADULT_NAMES),
    lastName: rng.pick(SURNAMES),
    title: rng.pick(['Social worker', 'Family worker', 'Social counsellor']),
  }));
  const socialOfficeAppointments = bookingsFor(socialOffices, SOCIAL_OFFICE_VISITS, 0.35, 60).map((b) => ({ ...b, caseWorkerId: rng.pick(caseWorkers).id }));

  // Housing and benefits: a first case or application for some families.
  const housingCases = families
    .filter((_, i) => i >= 2 && rng.chance(0.1))
    .map((f) => ({
      id: rng.uuid(),
      familyId: f.id,
      alertType: rng.pick(['RENT_ARREARS', 'DISTURBANCE'] as const),
      openedOn: addDays(anchor, -rng.int(5, 300)),
      outcome: rng.pick(['KEPT', 'KEPT', 'KEPT', 'KEPT', 'LOST', 'UNRESOLVED', null] as const),
    }));
  const benefitApplications = families
    .filter(() => rng.chance(0.3))
    .map((f) => ({
      id: rng.uuid(),
      familyId: f.id,
      kind: rng.pick(['BASIC_SOCIAL_ASSISTANCE', 'SUPPLEMENTARY_SOCIAL_ASSISTANCE', 'PREVENTIVE_SOCIAL_ASSISTANCE'] as const),
      status: rng.pick(['SUBMITTED', 'IN_REVIEW', 'DECIDED'] as const),
      submittedOn: addDays(anchor, -rng.int(1, 90)),
    }));

  const staff = (role: string) => ({ id: rng.uuid(), role });
  const users = {
    companion: { id: companions[0].id, role: 'companion' },
    guardian: { id: families[0].members[0].id, role: 'guardian' },
    'family-worker': staff('family-worker'),
    'housing-counsellor': staff('housing-counsellor'),
    'volunteer-coordinator': staff('volunteer-coordinator'),
    'social-host': staff('social-host'),
    'data-protection-officer': staff('data-protection-officer'),
    landlord: staff('landlord'),
    provider: staff('provider'),
  };

  // Tenancies with the municipality's partner landlord, and its alerts behind the housing cases.
  const tenancies = families
    .filter((f) => housingCases.some((c) => c.familyId === f.id) || rng.chance(0.3))
    .map((f) => ({ id: rng.uuid(), familyId: f.id, landlordId: users.landlord.id, address: f.address }));
  const housingAlerts = housingCases.map((c) => ({
    id: rng.uuid(),
    tenancyId: tenancies.find((t) => t.familyId === c.familyId)!.id,
    familyId: c.familyId,
    type: c.alertType,
    arrearsEuros: c.alertType === 'RENT_ARREARS' ? rng.int(400, 4000) : null,
    description: c.alertType === 'RENT_ARREARS' ? 'Rent unpaid for two months.' : 'Disturbance warning given after neighbours’ complaints.',
    reportedBy: users.landlord.id,
    reportedAt: time(c.openedOn, 9),
    caseId: c.id,
  }));

  // A social host's group: families the municipality referred for everyday help.
  const socialHost = { id: users['social-host'].id, firstName: rng.pick(ADULT_NAMES), lastName: rng.pick(SURNAMES) };
  const hostGroups = [{ id: rng.uuid(), hostId: socialHost.id, name: 'Tuesday family club' }];
  const hostGroupMembers = families
    .slice(100, 106)
    .map((f) => ({ id: rng.uuid(), groupId: hostGroups[0].id, familyId: f.id, referredOn: addDays(anchor, -rng.int(10, 120)) }));

  const housing = demoHousing({
    municipality: MUNICIPALITY,
    anchor,
    counsellorId: users['housing-counsellor'].id,
    socialWorkerId: users['family-worker'].id,
    freeFamilies: families.slice(150).filter((f) => !tenancies.some((t) => t.familyId === f.id)),
    alertCases: housingCases,
  });

  const benefits = demoBenefits({
    anchor,
    familyWorkerId: users['family-worker'].id,
    ownFamilyId: families[0].id,
    applications: benefitApplications,
    openHousingCases: housing.cases.filter((c) => c.outcome === null && c.kind === 'EVICTION_PREVENTION'),
  });

  return withCompanionship({
    anchor,
    families,
    persons,
    companions,
    assignments,
    consents,
    daycareUnits,
    placements,
    reservations,
    absences,
    discussionTimes,
    clinics,
    clinicAppointments,
    socialOffices,
    caseWorkers,
    socialOfficeAppointments,
    housingCases,
    tenancies,
    housingAlerts,
    benefitApplications,
    socialHost,
    hostGroups,
    hostGroupMembers,
    housing,
    benefits,
    users,
    help: demoHelpFlow({ families, caseWorkers, socialOffices, users }),
    ...demoHosts({ anchor, families, socialHost, hostGroups, hostGroupMembers, users }),
  });
}

export type DemoMunicipality = ReturnType<typeof demoMunicipality>;
export type DemoUserRole = keyof DemoMunicipality['users'];
