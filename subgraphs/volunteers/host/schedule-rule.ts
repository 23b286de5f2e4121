import { helsinkiInstant, toHelsinkiIso } from '../../kit/date-time';
import { isWorkingDay } from '../../kit/working-days';

export enum HostEmployment {
  EMPLOYED = 'EMPLOYED',
  UNEMPLOYED = 'UNEMPLOYED',
}

/** Working hours a host's help must respect: working days (Mon–Fri, no weekday holidays), 08:00–16:00 Helsinki time. */
export const WORK_STARTS = '08:00';
export const WORK_ENDS = '16:00';

/**
 * An unemployed host must be able to take a full-time job at once, so help within working hours stays short:
 * one session that touches working hours lasts at most 2 hours, and at most 2 hours of a working day go to help.
 * Evenings and weekends are free. (An employed host helps only outside working hours.)
 */
export const UNEMPLOYED_SESSION_MAX_MINUTES = 120;
export const UNEMPLOYED_WORKING_DAY_MAX_MINUTES = 120;

export type SchedulingRule = 'EMPLOYED_HOST_OUTSIDE_WORKING_HOURS' | 'UNEMPLOYED_HOST_SHORT_HELP';

export interface SchedulingProblem {
  rule: SchedulingRule;
  message: string;
}

const addDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Minutes of [startsAt, endsAt) that fall within working hours, per Helsinki date. */
export function workingMinutesByDay(startsAt: Date, endsAt: Date): Map<string, number> {
  const byDay = new Map<string, number>();
  const last = toHelsinkiIso(new Date(endsAt.getTime() - 1)).slice(0, 10);
  for (let day = toHelsinkiIso(startsAt).slice(0, 10); day <= last; day = addDay(day)) {
    if (!isWorkingDay(day)) continue;
    const from = Math.max(startsAt.getTime(), helsinkiInstant(day, WORK_STARTS).getTime());
    const to = Math.min(endsAt.getTime(), helsinkiInstant(day, WORK_ENDS).getTime());
    if (to > from) byDay.set(day, Math.round((to - from) / 60_000));
  }
  return byDay;
}

/**
 * Whether a host may help (or lead an activity) from `startsAt` to `endsAt`, or the rule it breaks.
 * `workingMinutesAlready` gives, per Helsinki date, the host's help already logged within working hours.
 */
export function schedulingProblem(
  employment: HostEmployment,
  startsAt: Date,
  endsAt: Date,
  workingMinutesAlready: ReadonlyMap<string, number> = new Map(),
): SchedulingProblem | undefined {
  const working = workingMinutesByDay(startsAt, endsAt);
  if (working.size === 0) return undefined;
  if (employment === HostEmployment.EMPLOYED) {
    return {
      rule: 'EMPLOYED_HOST_OUTSIDE_WORKING_HOURS',
      message: `An employed host helps outside working hours: not on working days between ${WORK_STARTS} and ${WORK_ENDS}. Choose an evening or a weekend.`,
    };
  }
  const minutes = Math.round((endsAt.getTime() - startsAt.getTime()) / 60_000);
  if (minutes > UNEMPLOYED_SESSION_MAX_MINUTES) {
    return {
      rule: 'UNEMPLOYED_HOST_SHORT_HELP',
      message: `Help within working hours (working days ${WORK_STARTS}–${WORK_ENDS}) lasts at most ${UNEMPLOYED_SESSION_MAX_MINUTES} minutes, so the host can always take up a job; longer help goes to an evening or a weekend.`,
    };
  }
  for (const [day, added] of working) {
    if ((workingMinutesAlready.get(day) ?? 0) + added > UNEMPLOYED_WORKING_DAY_MAX_MINUTES) {
      return {
        rule: 'UNEMPLOYED_HOST_SHORT_HELP',
        message: `At most ${UNEMPLOYED_WORKING_DAY_MAX_MINUTES} minutes of a working day (${WORK_STARTS}–${WORK_ENDS}) go to help, so the host can always take up a job; ${day} would have more.`,
      };
    }
  }
  return undefined;
}
