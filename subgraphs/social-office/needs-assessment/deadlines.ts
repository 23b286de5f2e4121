import { parseIsoDate } from '../../kit/date-time';
import { addWorkingDays, nextWorkingDayFrom } from '../../kit/working-days';

/**
 * The legal deadlines of a service need assessment (Social Welfare Act 1301/2014 §36): for a child or another
 * person needing special support, it starts at the latest on the 7th working day after the contact and is
 * completed within three months of it. Otherwise the act says "without delay", with no date to compute.
 */
export const START_WORKING_DAYS = 7;
export const COMPLETION_MONTHS = 3;

/**
 * The same day `months` later; a day the month lacks (31 November) is the month's last day, as the
 * act on computing time limits (150/1930) counts months.
 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = parseIsoDate(date).split('-').map(Number);
  const monthIndex = m - 1 + months;
  const year = y + Math.floor(monthIndex / 12);
  const month = ((monthIndex % 12) + 12) % 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

export interface AssessmentDeadlines {
  startDueBy: string | null;
  completionDueBy: string | null;
}

export function assessmentDeadlines(contactedOn: string, specialSupport: boolean): AssessmentDeadlines {
  if (!specialSupport) return { startDueBy: null, completionDueBy: null };
  return {
    startDueBy: addWorkingDays(contactedOn, START_WORKING_DAYS),
    // A deadline on a weekend or weekday holiday moves to the next working day.
    completionDueBy: nextWorkingDayFrom(addMonths(contactedOn, COMPLETION_MONTHS)),
  };
}

export enum DeadlineState {
  NONE = 'NONE',
  ON_TRACK = 'ON_TRACK',
  NEAR = 'NEAR',
  OVERDUE = 'OVERDUE',
}

/** The deadline still ahead of an assessment: the start until it has started, then the completion; none once completed. */
export function pendingDeadline(a: AssessmentDeadlines & { startedOn: string | null; completedOn: string | null }): string | null {
  if (a.completedOn) return null;
  return (!a.startedOn && a.startDueBy) || a.completionDueBy;
}

/** Past the deadline, or within `nearWorkingDays` working days of it (the deadline day itself is still in time). */
export function deadlineState(deadline: string | null, today: string, nearWorkingDays: number): DeadlineState {
  if (!deadline) return DeadlineState.NONE;
  if (deadline < today) return DeadlineState.OVERDUE;
  return deadline <= addWorkingDays(today, nearWorkingDays) ? DeadlineState.NEAR : DeadlineState.ON_TRACK;
}
