/** Finnish personal identity code (henkilötunnus): DDMMYY, century sign, ZZZ, check character. */

const CHECK_CHARACTERS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
const SHAPE = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/;

export type HetuProblem = 'format' | 'date' | 'individual-number' | 'check-character';

export function checkCharacter(digits: string): string {
  return CHECK_CHARACTERS[Number(digits) % 31];
}

/** Why a HETU is invalid, or undefined when it is valid. Never echo the value itself in a message. */
export function hetuProblem(value: string): HetuProblem | undefined {
  const m = SHAPE.exec(value);
  if (!m) return 'format';
  const [, dd, mm, yy, sign, zzz, check] = m;
  const year = CENTURY[sign] + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== Number(mm) - 1 || date.getUTCDate() !== Number(dd)) return 'date';
  if (Number(zzz) < 2) return 'individual-number';
  if (checkCharacter(dd + mm + yy + zzz) !== check) return 'check-character';
  return undefined;
}

export const isValidHetu = (value: string) => hetuProblem(value) === undefined;

/** Birth date as YYYY-MM-DD from a valid HETU. */
export function birthDateOf(hetu: string): string {
  const [, dd, mm, yy, sign] = SHAPE.exec(hetu)!;
  return `${CENTURY[sign] + Number(yy)}-${mm}-${dd}`;
}

/** Builds a HETU for a birth date; demo data uses individual numbers 900–999, the test range. */
export function makeHetu(birthDate: string, individualNumber: number, signIndex = 0): string {
  const [y, mm, dd] = birthDate.split('-');
  const year = Number(y);
  const signs = year >= 2000 ? 'ABCDEF' : year >= 1900 ? '-YXWVU' : '+';
  const zzz = String(individualNumber).padStart(3, '0');
  const yy = y.slice(2);
  return `${dd}${mm}${yy}${signs[signIndex % signs.length]}${zzz}${checkCharacter(dd + mm + yy + zzz)}`;
}
