import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from './errors';

const HELSINKI = 'Europe/Helsinki';

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: HELSINKI,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** The slow, general path: Intl's time-zone database for any instant. */
function intlHelsinkiIso(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  const offset = p.timeZoneName === 'GMT' ? '+00:00' : p.timeZoneName.replace('GMT', '');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${offset}`;
}

const HOUR_MS = 3_600_000;
/** Since 1922 Helsinki's offset changes only on whole UTC hours (EET/EEST), so one lookup serves an hour. */
const WHOLE_HOUR_CHANGES_SINCE = Date.UTC(1922, 0, 1);
const offsetByUtcHour = new Map<number, { ms: number; text: string }>();

function helsinkiOffset(time: number): { ms: number; text: string } {
  const hour = Math.floor(time / HOUR_MS);
  let offset = offsetByUtcHour.get(hour);
  if (!offset) {
    const text = intlHelsinkiIso(new Date(hour * HOUR_MS)).slice(19);
    const sign = text[0] === '-' ? -1 : 1;
    offset = { ms: sign * (Number(text.slice(1, 3)) * HOUR_MS + Number(text.slice(4, 6)) * 60_000), text };
    if (offsetByUtcHour.size >= 100_000) offsetByUtcHour.clear();
    offsetByUtcHour.set(hour, offset);
  }
  return offset;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * ISO-8601 in Finnish local time with its offset, e.g. `2026-11-23T08:00:00+02:00`: what a person expects to read.
 * Served for every DateTime, so Intl (slow) is asked once per UTC hour and the rest is arithmetic.
 */
export function toHelsinkiIso(date: Date): string {
  const time = date.getTime();
  if (!(time >= WHOLE_HOUR_CHANGES_SINCE)) return intlHelsinkiIso(date); // also throws for an invalid date, as Intl does
  const offset = helsinkiOffset(time);
  const local = new Date(time + offset.ms);
  return `${local.getUTCFullYear()}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}T${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}${offset.text}`;
}

const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Years a family service can mean; anything else is a typing error, and year 0 is not even PostgreSQL's. */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

function checkYear(year: number): void {
  if (year < EARLIEST_YEAR || year > LATEST_YEAR) throw badInput(`Give a year between ${EARLIEST_YEAR} and ${LATEST_YEAR}.`);
}

/** Parses a date-time that states its offset; a bare local time is ambiguous and refused. */
export function parseIsoWithOffset(value: unknown): Date {
  const match = typeof value === 'string' ? ISO_WITH_OFFSET.exec(value) : null;
  if (!match) throw badInput('Give date-times in ISO-8601 with an offset, for example 2026-11-23T08:00:00+02:00.');
  const [y, m, d, hh, mm] = match.slice(1, 6).map(Number);
  checkYear(y);
  const date = new Date(value as string);
  // Date() rolls 30 February over to March; the calendar fields must come back as given.
  const wall = new Date(Date.UTC(y, m - 1, d, hh, mm));
  if (Number.isNaN(date.getTime()) || wall.getUTCMonth() !== m - 1 || wall.getUTCDate() !== d || hh > 23 || mm > 59) {
    throw badInput('That is not a real date-time: check the day, the month and the time.');
  }
  return date;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An ISO-8601 date-time with an offset, served in Finnish local time (Europe/Helsinki).',
  serialize: (value) => toHelsinkiIso(value instanceof Date ? value : new Date(value as string)),
  parseValue: parseIsoWithOffset,
  parseLiteral: (ast) => parseIsoWithOffset(ast.kind === Kind.STRING ? ast.value : undefined),
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date as `YYYY-MM-DD`, checked to exist (no 30 February). */
export function parseIsoDate(value: unknown): string {
  const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  if (!match) throw badInput('Give dates as YYYY-MM-DD, for example 2026-11-23.');
  const [, y, m, d] = match.map(Number);
  checkYear(y);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) throw badInput('That is not a real date: check the day and the month.');
  return value as string;
}

export const LocalDateScalar = new GraphQLScalarType({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD, in Finnish local time.',
  serialize: (value) => String(value),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** Today's calendar date in Helsinki. */
export function helsinkiToday(now = new Date()): string {
  return toHelsinkiIso(now).slice(0, 10);
}

/** The instant a Helsinki wall-clock time happens, e.g. ('2026-11-23', '08:00'). */
export function helsinkiInstant(date: string, time: string): Date {
  const guess = new Date(`${date}T${time}:00Z`);
  const at = guess.getTime();
  // The offset in force at the wall-clock time read as UTC: "+02:00" or "+03:00", from the hourly cache.
  if (at >= WHOLE_HOUR_CHANGES_SINCE) return new Date(at - helsinkiOffset(at).ms);
  const offset = toHelsinkiIso(guess).slice(19);
  return new Date(`${date}T${time}:00${offset}`);
}
