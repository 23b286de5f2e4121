import { badInput } from '../../kit/errors';
import { isValidHetu } from '../person/hetu';

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;
export const PAGE_MAX = 50;

/** What a search text asks for: one person's HETU exactly, or a prefix of a name or an address. */
export type SearchTerm = { hetu: string } | { prefix: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HETU_SHAPE = /^\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]$/i;

/**
 * Reads a search text. A HETU is matched exactly (never as a prefix: that would let a birth date find people);
 * anything else is a case-insensitive prefix. Errors never repeat the text: it may be a HETU.
 */
export function parseSearch(text: string): SearchTerm {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  if (trimmed.length < SEARCH_MIN_LENGTH || trimmed.length > SEARCH_MAX_LENGTH) {
    throw badInput(`Search with ${SEARCH_MIN_LENGTH} to ${SEARCH_MAX_LENGTH} characters.`, 'text');
  }
  if (HETU_SHAPE.test(trimmed)) {
    const hetu = trimmed.toUpperCase();
    if (!isValidHetu(hetu)) throw badInput('That personal identity code is not valid: check it for a typing error.', 'text');
    return { hetu };
  }
  return { prefix: normalise(trimmed) };
}

/** The form the expression indexes hold: lower case (the database's lower(), which keeps å, ä and ö). */
export const normalise = (text: string) => text.toLowerCase();

/** A LIKE pattern matching values that start with `prefix`; its own % and _ match only themselves. */
export const likePrefix = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Cursors are opaque to clients: the sort key (display name, id) of the last family of a page. */
export function encodeCursor(displayName: string, id: string): string {
  return Buffer.from(JSON.stringify([displayName, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && UUID.test(String(value[1]))) return value as [string, string];
  } catch {
    // falls through to the coded error
  }
  throw badInput('after is not a cursor from this search: pass a pageInfo.endCursor you were given.', 'after');
}
