import { helsinkiInstant, parseIsoDate, parseIsoWithOffset, toHelsinkiIso } from './date-time';

describe('Finnish local date-times', () => {
  it('serves winter times at +02:00 and summer times at +03:00', () => {
    expect(toHelsinkiIso(new Date('2026-01-15T06:00:00Z'))).toBe('2026-01-15T08:00:00+02:00');
    expect(toHelsinkiIso(new Date('2026-07-15T06:00:00Z'))).toBe('2026-07-15T09:00:00+03:00');
  });

  it('turns a wall-clock time into the right instant on both sides of the clock change', () => {
    expect(helsinkiInstant('2026-03-28', '08:00').toISOString()).toBe('2026-03-28T06:00:00.000Z');
    expect(helsinkiInstant('2026-03-30', '08:00').toISOString()).toBe('2026-03-30T05:00:00.000Z');
  });

  it('refuses a date-time without an offset with BAD_USER_INPUT', () => {
    expect(() => parseIsoWithOffset('2026-11-23T08:00:00')).toThrow(/offset/);
    expect(parseIsoWithOffset('2026-11-23T08:00:00+02:00').toISOString()).toBe('2026-11-23T06:00:00.000Z');
  });

  it('refuses dates that do not exist', () => {
    expect(() => parseIsoDate('2026-02-30')).toThrow(/not a real date/);
    expect(parseIsoDate('2028-02-29')).toBe('2028-02-29');
  });
});
