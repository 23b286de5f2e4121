import type { DataSource } from 'typeorm';
import { helsinkiToday } from '../kit/date-time';
import type { Category, Grant } from '../kit/passport';

/** Whatever a consent says, a companion never sees more than these: no HETUs, notes, diagnoses or amounts. */
export const COMPANION_CATEGORIES: Category[] = ['contact', 'bookings', 'benefits'];

/** A companion's grants: active assignments with a valid, unrevoked consent, limited to its scopes. */
export async function companionGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('companion')) return [];
  const today = helsinkiToday();
  const rows: Array<{ familyId: string; consentId: string; scopes: string[]; validUntil: string | Date }> = await db.query(
    `SELECT a."familyId", c.id AS "consentId", c.scopes, c."validUntil"
       FROM companion_assignment a
       JOIN consent c ON c."familyId" = a."familyId" AND c."companionId" = a."companionId"
      WHERE a."companionId" = $1 AND a."startsOn" <= $2 AND (a."endsOn" IS NULL OR a."endsOn" >= $2)
        AND c."revokedAt" IS NULL AND c."validUntil" >= $2`,
    [person.sub, today],
  );
  return rows.map((r) => ({
    family: r.familyId,
    categories: COMPANION_CATEGORIES.filter((c) => r.scopes.includes(c)),
    basis: 'consent',
    ref: r.consentId,
    until: new Date(`${typeof r.validUntil === 'string' ? r.validUntil : helsinkiToday(r.validUntil)}T23:59:59+02:00`).toISOString(),
  }));
}

/** What a social host needs for everyday help: how to reach the families of the own groups. */
export const SOCIAL_HOST_CATEGORIES: Category[] = ['contact'];

export async function socialHostGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('social-host')) return [];
  const rows: Array<{ familyId: string; groupId: string }> = await db.query(
    `SELECT m."familyId", m."groupId" FROM host_group g JOIN host_group_member m ON m."groupId" = g.id WHERE g."hostId" = $1`,
    [person.sub],
  );
  return rows.map((r) => ({ family: r.familyId, categories: SOCIAL_HOST_CATEGORIES, basis: 'referral', ref: r.groupId }));
}

/** Every grant the volunteers service holds for a person. */
export async function volunteerGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  return [...(await companionGrants(db, person)), ...(await socialHostGrants(db, person))];
}
