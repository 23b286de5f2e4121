import { GraphQLError } from 'graphql';
import { BenefitApplicationStatus as Status } from './benefit-application.entity';
import { assertTransition, mayMove } from './application-state';

describe('benefit application states', () => {
  it('moves draft → submitted → in review → decided, one step at a time', () => {
    expect(mayMove(Status.DRAFT, Status.SUBMITTED)).toBe(true);
    expect(mayMove(Status.SUBMITTED, Status.IN_REVIEW)).toBe(true);
    expect(mayMove(Status.IN_REVIEW, Status.DECIDED)).toBe(true);
  });

  it('refuses skipping, going back, staying and leaving a decision', () => {
    const all = Object.values(Status);
    const allowed = new Set(['DRAFT>SUBMITTED', 'SUBMITTED>IN_REVIEW', 'IN_REVIEW>DECIDED']);
    for (const from of all) for (const to of all) expect(mayMove(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('refuses an invalid step with a coded CONFLICT naming the states', () => {
    let error: unknown;
    try {
      assertTransition(Status.DRAFT, Status.DECIDED);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphQLError);
    expect((error as GraphQLError).extensions).toEqual({ code: 'CONFLICT', reason: 'INVALID_TRANSITION', from: 'DRAFT', to: 'DECIDED' });
    expect((error as GraphQLError).message).toMatch(/its next step is SUBMITTED/);
    expect(() => assertTransition(Status.DECIDED, Status.DECIDED)).toThrow(/already decided/);
  });
});
