/** Share of the agreed monthly hours at which the host and the family worker are warned. */
export const QUOTA_WARNING_PERCENT = 80;

export enum QuotaState {
  WITHIN = 'WITHIN',
  NEAR = 'NEAR',
  REACHED = 'REACHED',
}

/** Where a month's logged hours (approved and awaiting approval) stand against the agreed quota. */
export function quotaState(loggedMinutes: number, quotaMinutes: number): QuotaState {
  if (loggedMinutes >= quotaMinutes) return QuotaState.REACHED;
  if (loggedMinutes * 100 >= quotaMinutes * QUOTA_WARNING_PERCENT) return QuotaState.NEAR;
  return QuotaState.WITHIN;
}

/** An entry that takes the month past the agreed hours waits for the family worker's approval; the rest count at once. */
export function needsApproval(loggedMinutes: number, addedMinutes: number, quotaMinutes: number): boolean {
  return loggedMinutes + addedMinutes > quotaMinutes;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first and the last day of a `YYYY-MM` month, or undefined when it is not one. */
export function monthDays(month: string): { first: string; last: string } | undefined {
  const match = MONTH.exec(month);
  if (!match) return undefined;
  const [y, m] = [Number(match[1]), Number(match[2])];
  if (y < 2000 || y > 2100) return undefined;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { first: `${month}-01`, last: `${month}-${String(last).padStart(2, '0')}` };
}
