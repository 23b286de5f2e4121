import { codedError } from '../../kit/errors';
import { BenefitApplicationStatus as Status } from './benefit-application.entity';

/** The one way forward: a draft is submitted, then reviewed, then decided. Nothing goes back. */
export const NEXT_STATUS: Record<Status, Status | null> = {
  [Status.DRAFT]: Status.SUBMITTED,
  [Status.SUBMITTED]: Status.IN_REVIEW,
  [Status.IN_REVIEW]: Status.DECIDED,
  [Status.DECIDED]: null,
};

export function mayMove(from: Status, to: Status): boolean {
  return NEXT_STATUS[from] === to;
}

/** CONFLICT with reason INVALID_TRANSITION: the application is not where this step starts (reload it). */
export function assertTransition(from: Status, to: Status): void {
  if (mayMove(from, to)) return;
  const next = NEXT_STATUS[from];
  throw codedError('CONFLICT', `The application is ${from}, so it cannot become ${to}${next ? `; its next step is ${next}` : '; it is already decided'}.`, {
    reason: 'INVALID_TRANSITION',
    from,
    to,
  });
}
