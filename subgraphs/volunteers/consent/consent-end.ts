import { helsinkiInstant } from '../../kit/date-time';

/**
 * A consent "valid until 2026-07-15" lasts to the end of that day in Finland:
 * 23:59:59.999 at +03:00 in summer and +02:00 in winter.
 */
export function consentEndsAt(validUntil: string): Date {
  return new Date(helsinkiInstant(validUntil, '23:59').getTime() + 59_999);
}
