import { birthDateOf, hetuProblem, isValidHetu, makeHetu } from './hetu';

describe('HETU', () => {
  it.each(['131052-308T', '010594Y9021', '020516C903K', '100190-999P', '100190Y999P'])('accepts %s', (hetu) => {
    expect(hetuProblem(hetu)).toBeUndefined();
  });

  it('rejects a wrong check character', () => {
    expect(hetuProblem('010190-999K')).toBe('check-character');
    expect(isValidHetu('010190-999W')).toBe(true);
  });

  it('rejects impossible dates, unknown century signs and bad shapes', () => {
    expect(hetuProblem('310290-999P')).toBe('date');
    expect(hetuProblem('010190G999W')).toBe('format');
    expect(hetuProblem('010190-99W')).toBe('format');
    expect(hetuProblem('010190-001W')).toBe('individual-number');
    expect(hetuProblem(' 131052-308T')).toBe('format');
  });

  it('reads the century from the sign, including the 2023 signs', () => {
    expect(birthDateOf('010594Y9021')).toBe('1994-05-01');
    expect(birthDateOf('020516C903K')).toBe('2016-05-02');
    expect(birthDateOf('131052-308T')).toBe('1952-10-13');
  });

  it('makes valid test-range HETUs', () => {
    for (const date of ['1985-03-07', '2019-12-31', '2000-01-01']) {
      for (const sign of [0, 1, 2]) {
        const hetu = makeHetu(date, 942, sign);
        expect(isValidHetu(hetu)).toBe(true);
        expect(birthDateOf(hetu)).toBe(date);
      }
    }
  });
});
