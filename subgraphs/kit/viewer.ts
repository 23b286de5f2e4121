import { codedError } from './errors';
import type { Basis, Category, Grant, Passport, Role } from './passport';

/** What one request's viewer may see, read from the verified passport. */
export class Viewer {
  readonly id: string;
  readonly roles: readonly Role[];
  private readonly grants: Grant[];
  /** Grant sources that were down when the passport was issued. */
  private readonly unavailable: readonly string[];

  constructor(passport: Passport, now = new Date()) {
    this.id = passport.sub;
    this.roles = passport.roles;
    this.grants = passport.grants.filter((g) => !g.until || new Date(g.until) > now);
    this.unavailable = passport.unavailable ?? [];
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
    const grant = this.grants.find((g) => (g.family === familyId || g.family === '*') && g.categories.includes(category));
    if (!grant) this.assertGrantsComplete();
    return grant;
  }

  /** Whether any grant names this family (or every family): enough to resolve its reference. */
  knows(familyId: string): boolean {
    const known = this.grants.some((g) => g.family === familyId || g.family === '*');
    if (!known) this.assertGrantsComplete();
    return known;
  }

  /** Families this viewer is linked to by name: own family, or a consented companionship. */
  get linkedFamilies(): string[] {
    this.assertGrantsComplete();
    return [...new Set(this.grants.map((g) => g.family).filter((f) => f !== '*'))];
  }

  basisFor(familyId: string, category: Category): { basis: Basis; ref: string } | undefined {
    const grant = this.grantFor(familyId, category);
    return grant && { basis: grant.basis, ref: grant.ref };
  }

  /**
   * A grant that is missing because its source was down must not read as "no access" (an empty list
   * that looks like "no families"): the answer is SERVICE_UNAVAILABLE, naming the source.
   */
  private assertGrantsComplete(): void {
    if (this.unavailable.length === 0) return;
    const services = this.unavailable.join(', ');
    throw codedError('SERVICE_UNAVAILABLE', `Your access cannot be checked right now: the ${services} service is not answering. Try again in a moment.`, {
      service: this.unavailable[0],
      services: this.unavailable,
    });
  }
}
