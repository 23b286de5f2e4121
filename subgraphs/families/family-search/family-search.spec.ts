import { decodeCursor, encodeCursor, likePrefix, parseSearch } from './family-search';

describe('reading a family search', () => {
  it('matches a valid HETU exactly, in any letter case', () => {
    expect(parseSearch(' 010594y9021 ')).toEqual({ hetu: '010594Y9021' });
  });

  it('refuses a mistyped HETU without repeating it', () => {
    let message = '';
    try {
      parseSearch('010190-999K');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/not valid/);
    expect(message).not.toContain('010190');
  });

  it('takes anything else as a lower-case prefix, spaces collapsed', () => {
    expect(parseSearch('  Aino   Virtanen ')).toEqual({ prefix: 'aino virtanen' });
    expect(parseSearch('Koivukuja 12')).toEqual({ prefix: 'koivukuja 12' });
  });

  it('refuses a text too short to mean anything, or too long', () => {
    expect(() => parseSearch('a')).toThrow(/2 to 100/);
    expect(() => parseSearch('x'.repeat(101))).toThrow(/2 to 100/);
  });

  it('escapes LIKE wildcards so they match only themselves', () => {
    expect(likePrefix('50%_off\\')).toBe('50\\%\\_off\\\\%');
  });

  it('round-trips a cursor and refuses a made-up one', () => {
    const id = '3f2c1d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f';
    expect(decodeCursor(encodeCursor('Virtanen family', id))).toEqual(['Virtanen family', id]);
    expect(() => decodeCursor(encodeCursor('Virtanen family', 'abc'))).toThrow(/not a cursor/);
    expect(() => decodeCursor('not-a-cursor')).toThrow(/not a cursor/);
  });
});
