import { outcomeShares } from './outcome-shares';

describe('housing outcome shares', () => {
  it("turn the model's 418 clients into its published 84 / 12 / 4 %", () => {
    expect(outcomeShares({ kept: 351, lost: 50, unresolved: 17 })).toEqual({ kept: 84, lost: 12, unresolved: 4 });
  });

  it('always add up to 100, giving the rounding to the largest remainders', () => {
    expect(outcomeShares({ kept: 1, lost: 1, unresolved: 1 })).toEqual({ kept: 34, lost: 33, unresolved: 33 });
    expect(outcomeShares({ kept: 2, lost: 1, unresolved: 0 })).toEqual({ kept: 67, lost: 33, unresolved: 0 });
    for (const counts of [
      { kept: 7, lost: 5, unresolved: 3 },
      { kept: 999, lost: 1, unresolved: 1 },
    ]) {
      const s = outcomeShares(counts);
      expect(s.kept + s.lost + s.unresolved).toBe(100);
    }
  });

  it('are zero without clients', () => {
    expect(outcomeShares({ kept: 0, lost: 0, unresolved: 0 })).toEqual({ kept: 0, lost: 0, unresolved: 0 });
  });
});
