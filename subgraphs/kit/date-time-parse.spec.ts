import { parseIsoDate, parseIsoWithOffset } from './date-time';

describe('dates and date-times a client sends', () => {
  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31'])('refuses the date %s: no family service is that far away', (value) => {
    expect(() => parseIsoDate(value)).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/between 1900 and 2100/) }),
    );
  });

  it('accepts the edges of that range', () => {
    expect(parseIsoDate('1900-01-01')).toBe('1900-01-01');
    expect(parseIsoDate('2100-12-31')).toBe('2100-12-31');
  });

  it.each(['0000-01-01T08:00:00+02:00', '2026-02-30T08:00:00+02:00', '2026-11-23T24:30:00+02:00', '2026-11-23T08:61:00Z'])(
    'refuses the date-time %s',
    (value) => {
      expect(() => parseIsoWithOffset(value)).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }));
    },
  );
});
