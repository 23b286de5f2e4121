import { ROLES, type Category, type Grant, type Role } from '../../subgraphs/kit/passport';
import { registry, RegistryError } from '../../subgraphs/kit/registry';

/**
 * Municipal roles serve every family of the municipality in the categories their task needs.
 * Person-specific grants (guardianship, consent) come from the subgraphs that own them.
 */
const MUNICIPAL: Partial<Record<Role, Category[]>> = {
  'family-worker': ['contact', 'identity', 'bookings', 'notes', 'benefits', 'benefit-amounts', 'housing', 'companionship'],
  // notes: a home visit's findings, which the counsellor records and reads.
  'housing-counsellor': ['contact', 'housing', 'notes'],
  'volunteer-coordinator': ['companionship'],
  'data-protection-officer': ['access-log'],
};

/** A registered role name, or a start-up error naming the registry entry that used it. */
function knownRole(role: string, subgraph: string, key: string): Role {
  if (!(ROLES as readonly string[]).includes(role))
    throw new RegistryError(registry().file, `subgraph "${subgraph}"`, `${key}: unknown role "${role}" (known: ${ROLES.join(', ')})`);
  return role as Role;
}

/** The core policy plus the categories registry entries add, for the municipal roles the municipality approved for each. */
function municipalPolicy(): Partial<Record<Role, Category[]>> {
  const policy: Partial<Record<Role, Category[]>> = Object.fromEntries(Object.entries(MUNICIPAL).map(([role, categories]) => [role, [...categories]]));
  for (const subgraph of registry().subgraphs) {
    for (const category of subgraph.categories) {
      for (const role of category.grantedTo) (policy[knownRole(role, subgraph.name, `categories ${category.name} granted_to`)] ??= []).push(category.name);
    }
  }
  return policy;
}
const POLICY = municipalPolicy();

export function municipalGrants(roles: Role[]): Grant[] {
  return roles.flatMap((role) => {
    const categories = POLICY[role];
    return categories ? [{ family: '*', categories, basis: 'municipal-role' as const, ref: role }] : [];
  });
}

/**
 * Which roles each grant source holds person-specific grants for. The issuer asks a source only
 * for these roles, and only their passports are marked incomplete while it is down.
 */
export const GRANT_SOURCE_ROLES: Record<string, readonly Role[]> = Object.fromEntries(
  registry()
    .subgraphs.filter((s) => s.grantSource)
    .map((s) => [s.name, s.grantSource!.roles.map((role) => knownRole(role, s.name, 'grant_source.roles'))]),
);
