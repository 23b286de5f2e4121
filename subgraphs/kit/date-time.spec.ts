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

describe('Finnish local date-times around the clock changes', () => {
  const intl = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'longOffset',
  });
  /** The same instant as the time-zone database reads it, in ISO form. */
  const byIntl = (date: Date) => {
    const p = Object.fromEntries(intl.formatToParts(date).map((x) => [x.type, x.value]));
    return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${p.timeZoneName.replace('GMT', '')}`;
  };

  it('moves to +03:00 at 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of October', () => {
    expect(toHelsinkiIso(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29T02:59:59+02:00');
    expect(toHelsinkiIso(new Date('2026-03-29T01:00:00Z'))).toBe('2026-03-29T04:00:00+03:00');
    expect(toHelsinkiIso(new Date('2026-10-25T00:59:59Z'))).toBe('2026-10-25T03:59:59+03:00');
    expect(toHelsinkiIso(new Date('2026-10-25T01:00:00Z'))).toBe('2026-10-25T03:00:00+02:00');
  });

  it('agrees with the time-zone database on every hour of 2026 and on random instants from 1990 to 2040', () => {
    for (let t = Date.UTC(2026, 0, 1, 0, 30); t < Date.UTC(2027, 0, 1); t += 60 * 60_000) {
      const date = new Date(t);
      if (toHelsinkiIso(date) !== byIntl(date)) throw new Error(`${date.toISOString()}: ${toHelsinkiIso(date)} vs ${byIntl(date)}`);
    }
    for (let i = 0; i < 1000; i++) {
      const date = new Date(Date.UTC(1990, 0, 1) + Math.floor(Math.random() * 50 * 365.25 * 24 * 3600) * 1000);
      expect(toHelsinkiIso(date)).toBe(byIntl(date));
    }
  });

  it('keeps milliseconds out and refuses an invalid date', () => {
    expect(toHelsinkiIso(new Date('2026-11-23T06:00:00.999Z'))).toBe('2026-11-23T08:00:00+02:00');
    expect(() => toHelsinkiIso(new Date('nonsense'))).toThrow(RangeError);
  });

  it('turns a wall-clock time on the autumn change day into the right instant', () => {
    expect(helsinkiInstant('2026-10-25', '08:00').toISOString()).toBe('2026-10-25T06:00:00.000Z');
    expect(helsinkiInstant('2026-10-24', '08:00').toISOString()).toBe('2026-10-24T05:00:00.000Z');
  });

  it('gives, from the cached offsets, the instant that reading the offset at the wall-clock time gives, every half hour of both change days', () => {
    for (const date of ['2026-03-29', '2026-10-25', '1985-09-29']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const offset = toHelsinkiIso(new Date(`${date}T${time}:00Z`)).slice(19);
        expect(helsinkiInstant(date, time).toISOString()).toBe(new Date(`${date}T${time}:00${offset}`).toISOString());
      }
    }
  });
});
