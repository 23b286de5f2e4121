import type { Basis, Category, Grant, Passport, Role } from './passport';

/** What one request's viewer may see, read from the verified passport. */
export class Viewer {
  readonly id: string;
  readonly roles: readonly Role[];
  private readonly grants: Grant[];

  constructor(passport: Passport, now = new Date()) {
    this.id = passport.sub;
    this.roles = passport.roles;
    this.grants = passport.grants.filter((g) => !g.until || new Date(g.until) > now);
  }

  hasRole(...roles: Role[]): boolean {
    return roles.some((r) => this.roles.includes(r));
  }

  /** The role a log entry names: the first that is not the system's own. */
  get primaryRole(): Role {
    return this.roles[0] ?? 'system';
  }

  /** The grant that lets this viewer read `category` of `familyId`, if any. */
  grantFor(familyId: string, category: Category): Grant | undefined {
    return this.grants.find((g) => (g.family === familyId || g.family === '*') && g.categories.includes(category));
  }

  /** Whether any grant names this family (or every family): enough to resolve its reference. */
  knows(familyId: string): boolean {
    return this.grants.some((g) => g.family === familyId || g.family === '*');
  }

  /** Families this viewer is linked to by name: own family, or a consented companionship. */
  get linkedFamilies(): string[] {
    return [...new Set(this.grants.map((g) => g.family).filter((f) => f !== '*'))];
  }

  basisFor(familyId: string, category: Category): { basis: Basis; ref: string } | undefined {
    const grant = this.grantFor(familyId, category);
    return grant && { basis: grant.basis, ref: grant.ref };
  }
}
