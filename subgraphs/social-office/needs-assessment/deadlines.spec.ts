import { addMonths, assessmentDeadlines, deadlineState, DeadlineState, pendingDeadline } from './deadlines';

describe('service need assessment deadlines (Social Welfare Act §36), across years', () => {
  it.each([
    // contact, start due (7th working day after), completion due (three months, moved off non-working days)
    ['2025-04-14', '2025-04-25', '2025-07-14', 'Easter 2025: Good Friday 18.4 and Easter Monday 21.4 do not count'],
    ['2025-05-26', '2025-06-05', '2025-08-26', 'Ascension Day 2025 (29.5) does not count'],
    ['2025-12-19', '2026-01-05', '2026-03-19', 'Christmas Eve, Christmas Day, Boxing Day 2025 and New Year 2026 do not count'],
    ['2026-06-17', '2026-06-29', '2026-09-17', 'Midsummer Eve 2026 (19.6) does not count'],
    ['2026-11-30', '2026-12-09', '2027-03-01', '30.11 + 3 months is 28.2.2027, a Sunday: moves to Monday'],
    ['2027-03-25', '2027-04-07', '2027-06-28', 'Easter 2027 holidays do not count; 25.6.2027 is Midsummer Eve: moves to Monday'],
    ['2027-11-30', '2027-12-10', '2028-02-29', 'Independence Day 2027 (a Monday) does not count; leap year: 30.11 + 3 months is 29.2.2028'],
    ['2027-12-20', '2027-12-30', '2028-03-20', 'Christmas Eve 2027 (a Friday) does not count'],
  ])('a contact on %s: start by %s, completion by %s (%s)', (contactedOn, start, completion) => {
    expect(assessmentDeadlines(contactedOn, true)).toEqual({ startDueBy: start, completionDueBy: completion });
  });

  it('sets no date for a person without special support needs: the act says only "without delay"', () => {
    expect(assessmentDeadlines('2026-11-23', false)).toEqual({ startDueBy: null, completionDueBy: null });
  });

  it('adds months to the same day, or to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-10-15', 3)).toBe('2027-01-15');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
  });

  it('watches the start until the assessment has started, then the completion, then nothing', () => {
    const dates = { startDueBy: '2026-12-09', completionDueBy: '2027-03-01' };
    expect(pendingDeadline({ ...dates, startedOn: null, completedOn: null })).toBe('2026-12-09');
    expect(pendingDeadline({ ...dates, startedOn: '2026-12-03', completedOn: null })).toBe('2027-03-01');
    expect(pendingDeadline({ ...dates, startedOn: '2026-12-03', completedOn: '2027-01-20' })).toBeNull();
  });

  it('flags a deadline past, near (within working days, holidays skipped) or on track', () => {
    expect(deadlineState('2026-12-08', '2026-12-09', 3)).toBe(DeadlineState.OVERDUE);
    expect(deadlineState('2026-12-09', '2026-12-09', 3)).toBe(DeadlineState.NEAR);
    // 3 working days after Tue 22.12.2026 is Tue 29.12 (24, 25 and 26.12 and the weekend do not count).
    expect(deadlineState('2026-12-29', '2026-12-22', 3)).toBe(DeadlineState.NEAR);
    expect(deadlineState('2026-12-30', '2026-12-22', 3)).toBe(DeadlineState.ON_TRACK);
    expect(deadlineState(null, '2026-12-22', 3)).toBe(DeadlineState.NONE);
  });
});
