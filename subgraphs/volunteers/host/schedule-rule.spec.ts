import { HostEmployment, schedulingProblem, workingMinutesByDay } from './schedule-rule';

// 2026-11-23 is a Monday; 2026-12-06 (Independence Day) a Sunday; 2026-12-24 a Thursday holiday.
const at = (iso: string) => new Date(iso);
const span = (start: string, minutes: number) => [at(start), new Date(at(start).getTime() + minutes * 60_000)] as const;

describe('an employed host helps outside working hours', () => {
  it('refuses help on a working day between 8 and 16 Helsinki time', () => {
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-11-23T15:30:00+02:00', 60))?.rule).toBe('EMPLOYED_HOST_OUTSIDE_WORKING_HOURS');
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-11-23T07:30:00+02:00', 45))?.rule).toBe('EMPLOYED_HOST_OUTSIDE_WORKING_HOURS');
  });

  it('allows evenings, early mornings, weekends and weekday holidays', () => {
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-11-23T16:00:00+02:00', 120))).toBeUndefined();
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-11-23T07:00:00+02:00', 60))).toBeUndefined();
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-11-28T10:00:00+02:00', 300))).toBeUndefined();
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-12-24T10:00:00+02:00', 180))).toBeUndefined();
  });

  it('reads the hours in Finnish summer time too', () => {
    // 16:00 in June is 13:00 UTC: an hour from then is outside working hours.
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-06-02T13:00:00Z', 60))).toBeUndefined();
    expect(schedulingProblem(HostEmployment.EMPLOYED, ...span('2026-06-02T12:30:00Z', 60))?.rule).toBe('EMPLOYED_HOST_OUTSIDE_WORKING_HOURS');
  });
});

describe("an unemployed host's help never prevents taking a full-time job", () => {
  it('allows a short session within working hours', () => {
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-23T10:00:00+02:00', 120))).toBeUndefined();
  });

  it('refuses a session longer than two hours that touches working hours', () => {
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-23T14:00:00+02:00', 150))?.rule).toBe('UNEMPLOYED_HOST_SHORT_HELP');
  });

  it('refuses more than two hours of one working day in total', () => {
    const already = new Map([['2026-11-23', 90]]);
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-23T13:00:00+02:00', 60), already)?.rule).toBe('UNEMPLOYED_HOST_SHORT_HELP');
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-23T13:00:00+02:00', 30), already)).toBeUndefined();
    // Another day's help does not count.
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-24T13:00:00+02:00', 120), already)).toBeUndefined();
  });

  it('leaves evenings and weekends free, however long', () => {
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-23T16:00:00+02:00', 300))).toBeUndefined();
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, ...span('2026-11-28T09:00:00+02:00', 480))).toBeUndefined();
  });

  it('counts working minutes per day across a multi-day activity', () => {
    const [from, to] = span('2026-11-27T15:00:00+02:00', 4 * 24 * 60); // Friday 15:00 to Tuesday 15:00
    expect(Object.fromEntries(workingMinutesByDay(from, to))).toEqual({ '2026-11-27': 60, '2026-11-30': 480, '2026-12-01': 420 });
    expect(schedulingProblem(HostEmployment.UNEMPLOYED, from, to)?.rule).toBe('UNEMPLOYED_HOST_SHORT_HELP');
  });
});
