import Holidays from 'date-holidays';
import { addWorkingDays, easterSunday, finnishHolidays, isWorkingDay, nextWorkingDayFrom, weekdayHolidays } from './working-days';

/** The official weekday holidays (Monday to Friday only), read off the calendar by hand. */
const OFFICIAL_WEEKDAY_HOLIDAYS: Record<number, string[]> = {
  // 6.12 is a Saturday.
  2025: ['2025-01-01', '2025-01-06', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-20', '2025-12-24', '2025-12-25', '2025-12-26'],
  // 6.12 is a Sunday, 26.12 a Saturday.
  2026: ['2026-01-01', '2026-01-06', '2026-04-03', '2026-04-06', '2026-05-01', '2026-05-14', '2026-06-19', '2026-12-24', '2026-12-25'],
  // 1.5 and 25.12 are Saturdays, 26.12 a Sunday.
  2027: ['2027-01-01', '2027-01-06', '2027-03-26', '2027-03-29', '2027-05-06', '2027-06-25', '2027-12-06', '2027-12-24'],
};

describe('Finnish weekday holidays', () => {
  it.each([2025, 2026, 2027])('are the official list in %i', (year) => {
    expect(weekdayHolidays(year)).toEqual(OFFICIAL_WEEKDAY_HOLIDAYS[year]);
    for (const day of OFFICIAL_WEEKDAY_HOLIDAYS[year]) expect(isWorkingDay(day)).toBe(false);
  });

  it('finds Easter by the Gregorian computus, including its earliest and latest dates', () => {
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest possible date
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest possible date
  });

  it('puts Ascension Day 39 days after Easter, always a Thursday', () => {
    for (let year = 1950; year <= 2100; year += 1) {
      const ascension = new Date(Date.parse(`${easterSunday(year)}T00:00:00Z`) + 39 * 86_400_000);
      expect(ascension.getUTCDay()).toBe(4);
      expect(finnishHolidays(year)).toContain(ascension.toISOString().slice(0, 10));
    }
  });

  it('puts Midsummer Eve on the Friday between 19 and 25 June every year', () => {
    for (let year = 1950; year <= 2100; year += 1) {
      // Ascension Day can fall in early June too; Midsummer Eve is the only later June holiday.
      const eve = finnishHolidays(year).filter((day) => day >= `${year}-06-10` && day < `${year}-07-01`);
      expect(eve).toHaveLength(1);
      const dayOfMonth = Number(eve[0].slice(8));
      expect(dayOfMonth).toBeGreaterThanOrEqual(19);
      expect(dayOfMonth).toBeLessThanOrEqual(25);
      expect(new Date(`${eve[0]}T00:00:00Z`).getUTCDay()).toBe(5);
    }
    expect(finnishHolidays(2028)).toContain('2028-06-23');
  });

  it("treats weekends as non-working and ordinary weekdays, New Year's Eve and Maundy Thursday as working", () => {
    expect(isWorkingDay('2026-11-21')).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-22')).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2025-12-31')).toBe(true);
    expect(isWorkingDay('2026-04-02')).toBe(true);
  });
});

describe('date-holidays (FI) against the official list', () => {
  // The library is the preferred source if it matches; it does not, so working-days.ts computes the list.
  const library = new Holidays('FI');
  const onWeekdays = (year: number, types: string[]) =>
    library
      .getHolidays(year)
      .filter((holiday) => types.includes(holiday.type))
      .map((holiday) => holiday.date.slice(0, 10))
      .filter((day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()))
      .sort();
  const minus = (a: string[], b: string[]) => a.filter((day) => !b.includes(day));

  it.each([2025, 2026, 2027])('in %i: its "public" days lack Midsummer Eve and Christmas Eve', (year) => {
    const official = OFFICIAL_WEEKDAY_HOLIDAYS[year];
    const publicDays = onWeekdays(year, ['public']);
    const midsummerEve = official.find((day) => day.slice(5, 7) === '06');
    const christmasEve = official.filter((day) => day === `${year}-12-24`);
    expect(minus(official, publicDays).sort()).toEqual([midsummerEve, ...christmasEve].sort());
    expect(minus(publicDays, official)).toEqual([]);
  });

  it.each([2025, 2026, 2027])('in %i: adding its "bank" days wrongly closes New Year\'s Eve', (year) => {
    const official = OFFICIAL_WEEKDAY_HOLIDAYS[year];
    const withBank = onWeekdays(year, ['public', 'bank']);
    expect(minus(official, withBank)).toEqual([]);
    expect(minus(withBank, official)).toEqual([`${year}-12-31`]);
  });
});

describe('working-day deadlines', () => {
  it('answers a Monday request by Thursday and a Friday request by Wednesday', () => {
    expect(addWorkingDays('2026-11-23', 3)).toBe('2026-11-26');
    expect(addWorkingDays('2026-11-27', 3)).toBe('2026-12-02');
  });

  it('starts counting on Monday for a request made at the weekend', () => {
    expect(addWorkingDays('2026-11-21', 3)).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-22', 3)).toBe('2026-11-25');
  });

  it('skips Good Friday and Easter Monday for a request on Maundy Thursday', () => {
    expect(addWorkingDays('2025-04-17', 3)).toBe('2025-04-24');
    expect(addWorkingDays('2026-04-02', 3)).toBe('2026-04-09');
    expect(addWorkingDays('2027-03-25', 3)).toBe('2027-04-01');
  });

  it('skips Ascension Day', () => {
    expect(addWorkingDays('2027-05-05', 1)).toBe('2027-05-07');
    expect(addWorkingDays('2025-05-27', 3)).toBe('2025-06-02');
  });

  it('skips Midsummer Eve for a request on the Thursday before it', () => {
    expect(addWorkingDays('2026-06-18', 3)).toBe('2026-06-24');
    expect(addWorkingDays('2025-06-19', 3)).toBe('2025-06-25');
  });

  it('skips the Christmas days for a request on Thursday 23 December 2027', () => {
    expect(addWorkingDays('2027-12-23', 3)).toBe('2027-12-29');
    expect(addWorkingDays('2026-12-23', 3)).toBe('2026-12-30');
  });

  it('finds the 7th working day after contact across Christmas and New Year', () => {
    expect(addWorkingDays('2026-12-21', 7)).toBe('2027-01-04');
    expect(addWorkingDays('2025-12-19', 7)).toBe('2026-01-05');
  });

  it('moves a deadline that falls on a non-working day to the next working day', () => {
    expect(nextWorkingDayFrom('2026-11-23')).toBe('2026-11-23');
    expect(nextWorkingDayFrom('2026-06-06')).toBe('2026-06-08'); // Saturday
    expect(nextWorkingDayFrom('2025-12-24')).toBe('2025-12-29'); // Christmas Eve to Friday, then the weekend
    expect(nextWorkingDayFrom('2026-12-24')).toBe('2026-12-28');
    expect(nextWorkingDayFrom('2026-04-03')).toBe('2026-04-07'); // Good Friday, the weekend, Easter Monday
    expect(nextWorkingDayFrom('2026-12-31')).toBe('2026-12-31');
    expect(nextWorkingDayFrom('2027-01-01')).toBe('2027-01-04');
  });

  it('refuses a date that does not exist', () => {
    expect(() => addWorkingDays('2026-02-30', 3)).toThrow(/not a real date/);
    expect(() => isWorkingDay('23.11.2026')).toThrow(/YYYY-MM-DD/);
  });
});
