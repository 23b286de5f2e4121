import { AgendaStatus, type AgendaItem } from '../../kit/agenda';

export const REMINDER_HOURS_AHEAD = 48;
export const MISSED_DAYS_BACK = 14;
const HOUR = 60 * 60 * 1000;

/** Items still to come that a companion reminds a family of. */
const STANDING = new Set<AgendaStatus>([AgendaStatus.BOOKED, AgendaStatus.PENDING, AgendaStatus.PROPOSED]);
/** The service took place: the appointment was kept. */
const KEPT = new Set<AgendaStatus>([AgendaStatus.FULFILLED, AgendaStatus.ARRIVED, AgendaStatus.CHECKED_IN]);

/** Agenda items arrive through `@requires` serialized: enum names and ISO strings. */
export function agendaItemFromRepresentation(item: AgendaItem): AgendaItem {
  const status = item.status as unknown as keyof typeof AgendaStatus;
  return { ...item, status: AgendaStatus[status] ?? item.status, startsAt: new Date(item.startsAt), endsAt: item.endsAt ? new Date(item.endsAt) : undefined };
}

/** What a companion should remind a family of: standing bookings of the next 48 hours, and no-shows of the last 14 days. */
export function remindersFrom(items: AgendaItem[], now: Date): { upcoming: AgendaItem[]; missed: AgendaItem[] } {
  const t = now.getTime();
  const upcoming = items.filter((i) => STANDING.has(i.status) && i.startsAt.getTime() >= t && i.startsAt.getTime() <= t + REMINDER_HOURS_AHEAD * HOUR);
  const missed = items.filter((i) => i.status === AgendaStatus.NOSHOW && i.startsAt.getTime() <= t && i.startsAt.getTime() >= t - MISSED_DAYS_BACK * 24 * HOUR);
  const byTime = (a: AgendaItem, b: AgendaItem) => a.startsAt.getTime() - b.startsAt.getTime();
  return { upcoming: upcoming.sort(byTime), missed: missed.sort(byTime) };
}

export interface KeptAndMissed {
  kept: number;
  missed: number;
}

/** Kept against missed, before the companionship started and during it, from the bookings' own statuses. */
export interface AppointmentRecord {
  before: KeptAndMissed;
  during: KeptAndMissed;
}

/**
 * Counts past appointments by their real status: FULFILLED, ARRIVED and CHECKED_IN are kept, NOSHOW is missed;
 * cancelled, still booked or erroneous ones are neither. "During" runs from the first day of the companionship
 * (Helsinki midnight, `startsAt`) to its end, or to now.
 */
export function appointmentRecord(items: AgendaItem[], companionship: { startsAt: Date; endsAt: Date | null }, now: Date): AppointmentRecord {
  const record = { before: { kept: 0, missed: 0 }, during: { kept: 0, missed: 0 } };
  const end = Math.min(companionship.endsAt?.getTime() ?? Infinity, now.getTime());
  for (const item of items) {
    const at = item.startsAt.getTime();
    const outcome = KEPT.has(item.status) ? 'kept' : item.status === AgendaStatus.NOSHOW ? 'missed' : undefined;
    if (!outcome || at > now.getTime()) continue;
    if (at < companionship.startsAt.getTime()) record.before[outcome]++;
    else if (at <= end) record.during[outcome]++;
  }
  return record;
}

/** The share kept, 0–1; null when nothing was kept or missed. */
export const keptShare = ({ kept, missed }: KeptAndMissed): number | null => (kept + missed === 0 ? null : kept / (kept + missed));

export function sumRecords(records: AppointmentRecord[]): AppointmentRecord {
  const add = (a: KeptAndMissed, b: KeptAndMissed) => ({ kept: a.kept + b.kept, missed: a.missed + b.missed });
  return records.reduce((sum, r) => ({ before: add(sum.before, r.before), during: add(sum.during, r.during) }), {
    before: { kept: 0, missed: 0 },
    during: { kept: 0, missed: 0 },
  });
}
