import { consentEndsAt } from './consent-end';

describe('a consent ends at the end of its last day in Helsinki', () => {
  it.each([
    ['in winter, at +02:00', '2026-01-15', '2026-01-15T21:59:59.999Z'],
    ['in summer, at +03:00', '2026-07-15', '2026-07-15T20:59:59.999Z'],
    ['the day before clocks go forward', '2026-03-28', '2026-03-28T21:59:59.999Z'],
    ['the day clocks go forward (03:00 → 04:00)', '2026-03-29', '2026-03-29T20:59:59.999Z'],
    ['the day before clocks go back', '2026-10-24', '2026-10-24T20:59:59.999Z'],
    ['the day clocks go back (04:00 → 03:00)', '2026-10-25', '2026-10-25T21:59:59.999Z'],
    ['on New Year’s Eve', '2026-12-31', '2026-12-31T21:59:59.999Z'],
  ])('%s', (_season, validUntil, instant) => {
    expect(consentEndsAt(validUntil).toISOString()).toBe(instant);
  });
});
