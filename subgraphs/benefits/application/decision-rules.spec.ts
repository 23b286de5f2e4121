import { BenefitDecisionOutcome as Outcome } from './benefit-decision.entity';
import { decisionProblem } from './decision-rules';

const period = { periodFrom: '2026-12-01', periodTo: '2026-12-31' };

describe('a benefit decision', () => {
  it('grants an amount in cents, or nothing when denied', () => {
    expect(decisionProblem({ outcome: Outcome.GRANTED, amountCents: 125_000, ...period })).toBeUndefined();
    expect(decisionProblem({ outcome: Outcome.DENIED, amountCents: 0, ...period })).toBeUndefined();
    expect(decisionProblem({ outcome: Outcome.DENIED, amountCents: 100, ...period })?.[0]).toBe('amountCents');
    expect(decisionProblem({ outcome: Outcome.PARTIALLY_GRANTED, amountCents: 0, ...period })?.[0]).toBe('amountCents');
  });

  it('covers a period that runs forward, at most a year', () => {
    expect(decisionProblem({ outcome: Outcome.GRANTED, amountCents: 1, periodFrom: '2026-12-31', periodTo: '2026-12-01' })?.[0]).toBe('periodTo');
    expect(decisionProblem({ outcome: Outcome.GRANTED, amountCents: 1, periodFrom: '2026-01-01', periodTo: '2027-01-01' })).toBeUndefined();
    expect(decisionProblem({ outcome: Outcome.GRANTED, amountCents: 1, periodFrom: '2026-01-01', periodTo: '2027-01-02' })?.[0]).toBe('periodTo');
  });
});
