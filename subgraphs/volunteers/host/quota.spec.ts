import { monthDays, needsApproval, QuotaState, quotaState } from './quota';

describe('the monthly hours agreed with the municipality', () => {
  it('warns at 80 % and tells when the quota is reached', () => {
    expect(quotaState(0, 1200)).toBe(QuotaState.WITHIN);
    expect(quotaState(959, 1200)).toBe(QuotaState.WITHIN);
    expect(quotaState(960, 1200)).toBe(QuotaState.NEAR);
    expect(quotaState(1200, 1200)).toBe(QuotaState.REACHED);
    expect(quotaState(1500, 1200)).toBe(QuotaState.REACHED);
  });

  it('sends an entry that goes past the quota for approval', () => {
    expect(needsApproval(1100, 100, 1200)).toBe(false);
    expect(needsApproval(1100, 101, 1200)).toBe(true);
    expect(needsApproval(1200, 30, 1200)).toBe(true);
  });

  it('reads a month as YYYY-MM', () => {
    expect(monthDays('2026-02')).toEqual({ first: '2026-02-01', last: '2026-02-28' });
    expect(monthDays('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' });
    expect(monthDays('2026-13')).toBeUndefined();
    expect(monthDays('2026-1')).toBeUndefined();
    expect(monthDays('1999-12')).toBeUndefined();
  });
});
