import { addWorkingDays } from '../../kit/working-days';
import { HousingCaseKind, HousingOutcome, type HousingAlertType } from './housing-case.entity';

/** First contact is due within the configured working days after the case opened (Finnish working days). */
export function firstContactDueOn(openedOn: string, workingDays: number): string {
  return addWorkingDays(openedOn, workingDays);
}

export interface Closing {
  kind: HousingCaseKind;
  openedOn: string;
  outcome: HousingOutcome;
  closedOn: string;
  eviction?: { type: HousingAlertType; evictedOn: string } | null;
}

/** Why a case cannot be closed this way, as `[field, message]`, or undefined when it can. */
export function closingProblem(c: Closing, today: string): [string, string] | undefined {
  if (c.closedOn < c.openedOn) return ['closedOn', `closedOn cannot be before the case opened (${c.openedOn}).`];
  if (c.closedOn > today) return ['closedOn', 'closedOn cannot be in the future.'];
  if (c.eviction && c.outcome !== HousingOutcome.LOST) return ['eviction', 'An eviction is recorded only when the outcome is LOST.'];
  if (c.eviction && (c.eviction.evictedOn < c.openedOn || c.eviction.evictedOn > c.closedOn)) {
    return ['eviction.evictedOn', 'evictedOn must be between the day the case opened and the day it closes.'];
  }
  return undefined;
}

/** A follow-up belongs to the move flow, on or after the move-in day. */
export function followUpProblem(kind: HousingCaseKind, movedInOn: string | null, followedUpOn: string, today: string): [string, string] | undefined {
  if (kind !== HousingCaseKind.MOVE_TO_OWN_TENANCY) return ['caseId', 'Follow-ups are recorded on a MOVE_TO_OWN_TENANCY case.'];
  if (movedInOn && followedUpOn < movedInOn) return ['followedUpOn', `followedUpOn cannot be before the move-in day (${movedInOn}).`];
  if (followedUpOn > today) return ['followedUpOn', 'followedUpOn cannot be in the future.'];
  return undefined;
}
