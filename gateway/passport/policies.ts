import type { Category, Grant, Role } from '../../subgraphs/kit/passport';

/**
 * Municipal roles serve every family of the municipality in the categories their task needs.
 * Person-specific grants (guardianship, consent) come from the subgraphs that own them.
 */
const MUNICIPAL: Partial<Record<Role, Category[]>> = {
  'family-worker': ['contact', 'identity', 'bookings', 'notes', 'benefits', 'benefit-amounts', 'housing', 'companionship', 'hosting'],
  'housing-counsellor': ['contact', 'housing'],
  'volunteer-coordinator': ['companionship'],
  'data-protection-officer': ['access-log'],
};

export function municipalGrants(roles: Role[]): Grant[] {
  return roles.flatMap((role) => {
    const categories = MUNICIPAL[role];
    return categories ? [{ family: '*', categories, basis: 'municipal-role' as const, ref: role }] : [];
  });
}

/**
 * Which roles each grant source holds person-specific grants for. The issuer asks a source only
 * for these roles, and only their passports are marked incomplete while it is down.
 */
export const GRANT_SOURCE_ROLES: Record<string, readonly Role[]> = {
  families: ['guardian'],
  volunteers: ['companion', 'social-host'],
};
