import { parseIsoDate } from './date-time';

/**
 * Finnish working days: Monday to Friday except the weekday holidays of the official list
 * (1.1, 6.1, Good Friday, Easter Monday, 1.5, Ascension Day, Midsummer Eve, 6.12, 24.12, 25.12, 26.12).
 * Dates are Helsinki calendar dates as `YYYY-MM-DD`; the arithmetic runs on UTC midnights, which have no clock changes.
 *
 * Computed here rather than taken from date-holidays: its FI "public" set lacks Midsummer Eve and Christmas Eve
 * (it files them as "bank" days together with New Year's Eve, which is a working day). working-days.spec.ts shows it.
 */

const DAY_MS = 86_400_000;

const toUtc = (date: string): number => Date.parse(`${parseIsoDate(date)}T00:00:00Z`);
const toIso = (time: number): string => new Date(time).toISOString().slice(0, 10);
const ymd = (year: number, month: number, day: number): string => toIso(Date.UTC(year, month - 1, day));

/** Easter Sunday by the Gregorian computus (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return ymd(year, month, day);
}

const plusDays = (date: string, days: number): string => toIso(toUtc(date) + days * DAY_MS);
const weekday = (date: string): number => new Date(toUtc(date)).getUTCDay(); // 0 = Sunday

/** The holidays of the official list for a year, in date order, whichever weekday they fall on. */
export function finnishHolidays(year: number): string[] {
  const easter = easterSunday(year);
  // Midsummer Eve is the Friday between 19 and 25 June: 19 June plus the days to the next Friday.
  const midsummerEve = plusDays(ymd(year, 6, 19), (5 - weekday(ymd(year, 6, 19)) + 7) % 7);
  return [
    ymd(year, 1, 1),
    ymd(year, 1, 6),
    plusDays(easter, -2), // Good Friday
    plusDays(easter, 1), // Easter Monday
    ymd(year, 5, 1),
    plusDays(easter, 39), // Ascension Day
    midsummerEve,
    ymd(year, 12, 6),
    ymd(year, 12, 24),
    ymd(year, 12, 25),
    ymd(year, 12, 26),
  ].sort();
}

const holidaysByYear = new Map<number, Set<string>>();

function holidaySet(year: number): Set<string> {
  let set = holidaysByYear.get(year);
  if (!set) {
    set = new Set(finnishHolidays(year));
    holidaysByYear.set(year, set);
  }
  return set;
}

/** The holidays that take a working day away: those falling Monday to Friday. */
export function weekdayHolidays(year: number): string[] {
  return finnishHolidays(year).filter((date) => weekday(date) !== 0 && weekday(date) !== 6);
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day !== 0 && day !== 6 && !holidaySet(Number(date.slice(0, 4))).has(date);
}

/** A deadline that falls on a non-working day moves to the next working day; a working day stays. */
export function nextWorkingDayFrom(date: string): string {
  let day = parseIsoDate(date);
  while (!isWorkingDay(day)) day = plusDays(day, 1);
  return day;
}

/**
 * The n-th working day after `date` (the day itself does not count, whether or not it is a working day):
 * a request on Monday with three working days is answered by Thursday.
 */
export function addWorkingDays(date: string, n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('addWorkingDays counts a whole number of days, zero or more');
  let day = parseIsoDate(date);
  for (let left = n; left > 0;) {
    day = plusDays(day, 1);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}
