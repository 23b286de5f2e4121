import { SeededRandom } from './random';

/**
 * Social assistance in the demo municipality: a decision for every decided application, drafts, and for the
 * demo guardian's family one decided and one open application (what a companion with the benefits consent sees).
 * Its own generator, so these rows never shift the rest of the demo municipality.
 */
const SEED = 2026_04;
const DAY = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

type Kind = 'BASIC_SOCIAL_ASSISTANCE' | 'SUPPLEMENTARY_SOCIAL_ASSISTANCE' | 'PREVENTIVE_SOCIAL_ASSISTANCE';
type Status = 'DRAFT' | 'SUBMITTED' | 'IN_REVIEW' | 'DECIDED';

export interface DemoBenefitApplication {
  id: string;
  familyId: string;
  kind: Kind;
  status: Status;
  createdOn: string;
  submittedOn: string | null;
  housingCaseId: string | null;
}

export function demoBenefits(input: {
  anchor: string;
  familyWorkerId: string;
  ownFamilyId: string;
  applications: Array<{ id: string; familyId: string; kind: Kind; status: Exclude<Status, 'DRAFT'>; submittedOn: string }>;
  /** Open housing cases: some families apply for preventive assistance to clear their rent arrears. */
  openHousingCases: Array<{ id: string; familyId: string }>;
}) {
  const rng = new SeededRandom(SEED);
  const { anchor } = input;
  const applications: DemoBenefitApplication[] = input.applications.map((a) => ({
    ...a,
    createdOn: addDays(a.submittedOn, -rng.int(0, 5)),
    housingCaseId: null,
  }));
  applications.push(
    {
      id: rng.uuid(),
      familyId: input.ownFamilyId,
      kind: 'BASIC_SOCIAL_ASSISTANCE',
      status: 'DECIDED',
      createdOn: addDays(anchor, -40),
      submittedOn: addDays(anchor, -39),
      housingCaseId: null,
    },
    {
      id: rng.uuid(),
      familyId: input.ownFamilyId,
      kind: 'SUPPLEMENTARY_SOCIAL_ASSISTANCE',
      status: 'SUBMITTED',
      createdOn: addDays(anchor, -6),
      submittedOn: addDays(anchor, -5),
      housingCaseId: null,
    },
  );
  for (const c of input.openHousingCases.slice(0, 3)) {
    applications.push({
      id: rng.uuid(),
      familyId: c.familyId,
      kind: 'PREVENTIVE_SOCIAL_ASSISTANCE',
      status: 'DRAFT',
      createdOn: addDays(anchor, -1),
      submittedOn: null,
      housingCaseId: c.id,
    });
  }
  const decisions = applications
    .filter((a) => a.status === 'DECIDED')
    .map((a) => {
      const outcome = rng.pick(['GRANTED', 'GRANTED', 'PARTIALLY_GRANTED', 'DENIED'] as const);
      const periodFrom = `${a.submittedOn!.slice(0, 7)}-01`;
      return {
        id: rng.uuid(),
        applicationId: a.id,
        familyId: a.familyId,
        outcome,
        amountCents: outcome === 'DENIED' ? 0 : rng.int(200, 1500) * 100 + rng.int(0, 99),
        periodFrom,
        periodTo: addDays(addDays(periodFrom, 31).slice(0, 8) + '01', -1),
        reasoning:
          outcome === 'DENIED'
            ? 'Income exceeds the recognised expenses for the month.'
            : 'Recognised expenses exceed income; housing costs accepted up to the reasonable level.',
        decidedOn: addDays(a.submittedOn!, rng.int(3, 7)),
        decidedBy: input.familyWorkerId,
      };
    });
  return { applications, decisions };
}
