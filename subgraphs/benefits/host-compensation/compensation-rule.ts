/**
 * How a social host's month is compensated (DOMAIN.md §2): by default half of the host's rent, plus a bonus
 * when the goals set jointly are met; as agreed instead, the whole rent, a year's gym card or a bus card.
 * Pure: the facts come from volunteers through the graph, the parameters from the municipality's rule row.
 * Money is integer cents throughout.
 */

export enum CompensationForm {
  HALF_RENT = 'HALF_RENT',
  WHOLE_RENT = 'WHOLE_RENT',
  GYM_CARD = 'GYM_CARD',
  BUS_CARD = 'BUS_CARD',
}

export enum CompensationLineKind {
  BASE = 'BASE',
  GOAL_BONUS = 'GOAL_BONUS',
}

/** One municipality's parameters. */
export interface CompensationParameters {
  /** The share of the rent paid under HALF_RENT, in per cent (50 by default). */
  rentSharePercent: number;
  goalBonusCents: number;
  /** The price of a year's gym card: GYM_CARD pays a twelfth of it each month. */
  gymCardYearCents: number;
  busCardMonthCents: number;
  /** Below this share of the agreed hours (approved), the month earns nothing. */
  minimumHoursPercent: number;
}

export interface CompensationAgreementTerms {
  form: CompensationForm;
  monthlyRentCents: number;
}

/** The month's facts, as volunteers serves them on `HostMonth`. */
export interface HostMonthFacts {
  approvedMinutes: number;
  quotaMinutes: number;
  goalStatuses: string[];
}

export interface CompensationLine {
  kind: CompensationLineKind;
  description: string;
  amountCents: number;
}

export interface CompensationResult {
  totalCents: number;
  goalBonusEarned: boolean;
  lines: CompensationLine[];
}

export const euros = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')} €`;
const hours = (minutes: number) => `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;

function base(params: CompensationParameters, terms: CompensationAgreementTerms): CompensationLine {
  switch (terms.form) {
    case CompensationForm.HALF_RENT:
      return {
        kind: CompensationLineKind.BASE,
        description: `${params.rentSharePercent} % of the rent ${euros(terms.monthlyRentCents)}`,
        amountCents: Math.round((terms.monthlyRentCents * params.rentSharePercent) / 100),
      };
    case CompensationForm.WHOLE_RENT:
      return { kind: CompensationLineKind.BASE, description: `The whole rent ${euros(terms.monthlyRentCents)}`, amountCents: terms.monthlyRentCents };
    case CompensationForm.GYM_CARD:
      return {
        kind: CompensationLineKind.BASE,
        description: `A twelfth of a year's gym card ${euros(params.gymCardYearCents)}`,
        amountCents: Math.round(params.gymCardYearCents / 12),
      };
    case CompensationForm.BUS_CARD:
      return { kind: CompensationLineKind.BASE, description: `A month's bus card ${euros(params.busCardMonthCents)}`, amountCents: params.busCardMonthCents };
  }
}

/**
 * The month's compensation, line by line:
 * - the base of the agreed form, when the approved hours reach the municipality's minimum share of the agreed hours;
 * - the goal bonus, when at least one goal is due in the month and every due goal that was not dropped is MET.
 */
export function computeHostCompensation(params: CompensationParameters, terms: CompensationAgreementTerms, facts: HostMonthFacts): CompensationResult {
  const minimum = Math.ceil((facts.quotaMinutes * params.minimumHoursPercent) / 100);
  const hoursNote = `approved ${hours(facts.approvedMinutes)} of ${hours(facts.quotaMinutes)} agreed`;
  if (facts.approvedMinutes < minimum) {
    const line = base(params, terms);
    return {
      totalCents: 0,
      goalBonusEarned: false,
      lines: [
        {
          ...line,
          amountCents: 0,
          description: `${line.description}: not paid, ${hoursNote} is below the minimum ${hours(minimum)} (${params.minimumHoursPercent} %)`,
        },
        { kind: CompensationLineKind.GOAL_BONUS, amountCents: 0, description: 'Goal bonus: not paid, the hours are below the minimum' },
      ],
    };
  }
  const baseLine = base(params, terms);
  baseLine.description = `${baseLine.description} (${hoursNote})`;
  const due = facts.goalStatuses.filter((s) => s !== 'DROPPED');
  const met = due.filter((s) => s === 'MET').length;
  const earned = due.length > 0 && met === due.length;
  const bonus: CompensationLine = {
    kind: CompensationLineKind.GOAL_BONUS,
    amountCents: earned ? params.goalBonusCents : 0,
    description:
      due.length === 0
        ? 'Goal bonus: not paid, no goals were due this month'
        : `Goal bonus ${euros(params.goalBonusCents)}: ${met} of ${due.length} goals due this month met${earned ? '' : ', so not paid'}`,
  };
  return { totalCents: baseLine.amountCents + bonus.amountCents, goalBonusEarned: earned, lines: [baseLine, bonus] };
}
