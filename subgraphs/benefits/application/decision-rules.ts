import { BenefitDecisionOutcome } from './benefit-decision.entity';

export interface DecisionDraft {
  outcome: BenefitDecisionOutcome;
  amountCents: number;
  periodFrom: string;
  periodTo: string;
}

const DAY = 86_400_000;

/** Why a decision is not consistent, as `[field, message]`: a denial grants nothing, a grant something, over at most a year. */
export function decisionProblem(d: DecisionDraft): [string, string] | undefined {
  if (d.outcome === BenefitDecisionOutcome.DENIED && d.amountCents !== 0) return ['amountCents', 'A DENIED decision has amountCents 0.'];
  if (d.outcome !== BenefitDecisionOutcome.DENIED && d.amountCents < 1) return ['amountCents', `A ${d.outcome} decision grants at least 1 cent.`];
  if (d.periodTo < d.periodFrom) return ['periodTo', 'periodTo cannot be before periodFrom.'];
  if ((Date.parse(d.periodTo) - Date.parse(d.periodFrom)) / DAY > 365) return ['periodTo', 'A decision covers at most one year.'];
  return undefined;
}
