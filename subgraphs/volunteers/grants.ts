import type { DataSource } from 'typeorm';
import { helsinkiToday } from '../kit/date-time';
import type { Category, Grant } from '../kit/passport';
import { consentEndsAt } from './consent/consent-end';

/** Whatever a consent says, a companion never sees more than these: no HETUs, notes, diagnoses or amounts. */
export const COMPANION_CATEGORIES: Category[] = ['contact', 'bookings', 'benefits'];
/** Beside the consented scopes, a companion always sees the own companionship with the family (assignment and consents), to end it if need be. */
const OWN_COMPANIONSHIP: Category = 'companionship';

/**
 * A companion's grants: live consents (not revoked, not ended) on an active assignment, limited to
 * the companion's categories. Duplicates collapse in SQL to one grant per family and scope set, the
 * one that lasts longest, so the passport stays small whatever the consent history.
 */
export async function companionGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('companion')) return [];
  const rows: Array<{ familyId: string; consentId: string; scopeSet: string[]; validUntil: string }> = await db.query(
    `SELECT DISTINCT ON (c."familyId", "scopeSet") c."familyId", c.id AS "consentId", c."validUntil"::text AS "validUntil",
            ARRAY(SELECT DISTINCT s FROM unnest(c.scopes) AS s ORDER BY s)::text[] AS "scopeSet"
       FROM consent c
      WHERE c."companionId" = $1 AND c."revokedAt" IS NULL AND c."validUntil" >= $2
        AND EXISTS (SELECT 1 FROM companion_assignment a
                     WHERE a."companionId" = c."companionId" AND a."familyId" = c."familyId" AND a.status = 'ACTIVE'
                       AND a."startsOn" <= $2 AND (a."endsOn" IS NULL OR a."endsOn" >= $2))
      ORDER BY c."familyId", "scopeSet", c."validUntil" DESC, c.id`,
    [person.sub, helsinkiToday()],
  );
  return rows.map((r) => ({
    family: r.familyId,
    categories: [...COMPANION_CATEGORIES.filter((c) => r.scopeSet.includes(c)), OWN_COMPANIONSHIP],
    basis: 'consent',
    ref: r.consentId,
    until: consentEndsAt(r.validUntil).toISOString(),
  }));
}

/** What a social host needs for everyday help: how to reach the families of the own groups. */
export const SOCIAL_HOST_CATEGORIES: Category[] = ['contact', 'hosting'];

export async function socialHostGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('social-host')) return [];
  const rows: Array<{ familyId: string; groupId: string }> = await db.query(
    `SELECT m."familyId", m."groupId" FROM host_group g JOIN host_group_member m ON m."groupId" = g.id WHERE g."hostId" = $1`,
    [person.sub],
  );
  return rows.map((r) => ({ family: r.familyId, categories: SOCIAL_HOST_CATEGORIES, basis: 'referral', ref: r.groupId }));
}

/**
 * A passport is bounded (8 KB) and a coordinator's grants are one per family, so they follow at most this many
 * ongoing companionships, the most recently consented first; `appointmentOutcomes` says so.
 */
export const COORDINATOR_FOLLOWED_FAMILIES = 25;

/**
 * A coordinator follows whether appointments are kept (the outcome measure) for families in an active companionship
 * with a companion of the own organisation and a live consent to bookings: `bookings` only, on that consent, until it
 * ends, and unlinked: the providers and volunteers serve the booking statuses for `appointmentOutcomes`; the families
 * subgraph does not even find the family.
 */
export async function coordinatorGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  if (!person.roles.includes('volunteer-coordinator')) return [];
  const rows: Array<{ familyId: string; consentId: string; validUntil: string }> = await db.query(
    `SELECT * FROM (
       SELECT DISTINCT ON (c."familyId") c."familyId", c.id AS "consentId", c."validUntil"::text AS "validUntil", a."startsOn"
         FROM volunteer_coordinator vc
         JOIN companion p ON p.organisation = vc.organisation
         JOIN companion_assignment a ON a."companionId" = p.id AND a.status = 'ACTIVE' AND a."startsOn" <= $2
         JOIN consent c ON c."companionId" = p.id AND c."familyId" = a."familyId"
        WHERE vc.id = $1 AND c."revokedAt" IS NULL AND c."validUntil" >= $2 AND 'bookings' = ANY(c.scopes)
        ORDER BY c."familyId", c."validUntil" DESC, c.id) live
     ORDER BY "startsOn" DESC, "familyId" LIMIT $3`,
    [person.sub, helsinkiToday(), COORDINATOR_FOLLOWED_FAMILIES],
  );
  return rows.map((r) => ({
    family: r.familyId,
    categories: ['bookings'],
    basis: 'consent',
    ref: r.consentId,
    until: consentEndsAt(r.validUntil).toISOString(),
    unlinked: true as const, // the families subgraph never learns of it: the coordinator reads no family details there
  }));
}

/** Every grant the volunteers service holds for a person. */
export async function volunteerGrants(db: DataSource, person: { sub: string; roles: string[] }): Promise<Grant[]> {
  return [...(await companionGrants(db, person)), ...(await socialHostGrants(db, person)), ...(await coordinatorGrants(db, person))];
}
