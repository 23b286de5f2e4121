import fs from 'node:fs';
import path from 'node:path';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, SignJWT, type CryptoKey, type JSONWebKeySet, type JWK, type JWTVerifyGetKey } from 'jose';
import { badConfig } from './config-error';
import { readPort, readUrl } from './env';
import { registry, RegistryError, type CategoryContribution } from './registry';
import { GATEWAY_PORT } from './services';

/** The roles of DOMAIN.md's actor table, which a token may carry; `system` and `anonymous` are the gateway's own. */
export const ROLES = [
  'guardian',
  'companion',
  'social-host',
  'volunteer-coordinator',
  'family-worker',
  'housing-counsellor',
  'landlord',
  'provider',
  'data-protection-officer',
] as const;
/** `anonymous`: a caller without a token, given a passport with no grants for the public operations only. */
export type Role = (typeof ROLES)[number] | 'system' | 'anonymous';

/** The core data categories: every field carrying family data declares one with `@category`. */
export const CORE_CATEGORIES = [
  'contact', // names, phone, email, address: how to reach the family
  'identity', // HETU and date of birth
  'bookings', // appointments, reservations, the agenda
  'health', // clinic details beyond the booking itself
  'notes', // case workers' notes and topics
  'benefits', // applications and their status
  'benefit-amounts',
  'housing', // housing cases and alerts
  'companionship', // assignments and consents
  'access-log', // who used the family's data, and why
] as const;
export type CoreCategory = (typeof CORE_CATEGORIES)[number];
/** A core category, or one a subgraph contributes through the registry (`categories:` in subgraphs.yaml). */
export type Category = CoreCategory | (string & {});
/** Every data category of the graph: the core ones, then the registry's. */
export const CATEGORIES: readonly Category[] = [...CORE_CATEGORIES, ...registeredCategories().map((c) => c.name)];

/** The categories registry entries add; one that repeats a core category is refused at start. */
export function registeredCategories(): CategoryContribution[] {
  const { file, subgraphs } = registry();
  return subgraphs.flatMap((s) =>
    s.categories.map((c) => {
      if ((CORE_CATEGORIES as readonly string[]).includes(c.name))
        throw new RegistryError(file, `subgraph "${s.name}"`, `category "${c.name}" is a core category already`);
      return c;
    }),
  );
}

/** Why a viewer may see a family's data: this is what the access log records as the basis. */
export type Basis = 'guardianship' | 'consent' | 'referral' | 'municipal-role' | 'own-report' | 'tenancy';

export interface Grant {
  /** A family id, or `*` for a municipal role that serves every family of the municipality. */
  family: string;
  categories: Category[];
  basis: Basis;
  /** The consent, assignment or unit the grant rests on. */
  ref: string;
  /** ISO instant; the grant is void after it. */
  until?: string;
  /**
   * The grant does not link the viewer to the family: the subgraph that lists the viewer's families never
   * receives it, so the family is not even found there (a coordinator following kept-versus-missed).
   */
  unlinked?: true;
}

export interface Passport {
  sub: string;
  roles: Role[];
  grants: Grant[];
  /** Grant sources that did not answer when the passport was issued: their grants are unknown, not denied. */
  unavailable?: string[];
}

export const PASSPORT_HEADER = 'x-rinnalla-passport';
export const PASSPORT_ISSUER = 'rinnalla-gateway';
export const PASSPORT_LIFETIME_SECONDS = 60;
/** Where the gateway publishes the passport keys it has not retired. */
export const PASSPORT_JWKS_PATH = '/.well-known/passport-jwks.json';
/** A subgraph that meets an unknown key id asks the gateway again at most this often; a new key is published longer than this before it signs. */
export const PASSPORT_JWKS_COOLDOWN_MS = 5_000;
const ALG = 'ES256';
const TYP = 'passport+jwt';

export interface PassportSigningKey {
  key: CryptoKey;
  kid: string;
}

/** Signs a passport for one subgraph: the audience is its name, and every other subgraph refuses it. */
export async function signPassport(passport: Passport, signing: PassportSigningKey, audience: string): Promise<string> {
  return new SignJWT({ roles: passport.roles, grants: passport.grants, ...(passport.unavailable?.length && { unavailable: passport.unavailable }) })
    .setProtectedHeader({ alg: ALG, typ: TYP, kid: signing.kid })
    .setSubject(passport.sub)
    .setIssuer(PASSPORT_ISSUER)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(`${PASSPORT_LIFETIME_SECONDS}s`)
    .sign(signing.key);
}

/** Verifies a passport meant for `audience`; throws on anything but a fresh, correctly signed one. */
export async function verifyPassport(token: string, keys: JWTVerifyGetKey | CryptoKey, audience: string): Promise<Passport & { iat: number }> {
  const { payload } = await jwtVerify(token, keys as JWTVerifyGetKey, {
    algorithms: [ALG],
    issuer: PASSPORT_ISSUER,
    audience,
    maxTokenAge: `${PASSPORT_LIFETIME_SECONDS}s`,
    typ: TYP,
  });
  if (typeof payload.sub !== 'string' || !Array.isArray(payload.roles) || !Array.isArray(payload.grants) || typeof payload.iat !== 'number') {
    throw new Error('passport claims are incomplete');
  }
  const unavailable = Array.isArray(payload.unavailable) ? (payload.unavailable as string[]) : undefined;
  return { sub: payload.sub, roles: payload.roles as Role[], grants: payload.grants as Grant[], unavailable, iat: payload.iat };
}

/**
 * One subgraph's passport check. The gateway reuses a signed passport for a few seconds, so a token
 * already verified here is not verified again: only its age is checked, against the same 60 s bound.
 */
export class PassportVerifier {
  private readonly verified = new Map<string, Passport & { iat: number }>();

  constructor(
    private readonly keys: JWTVerifyGetKey,
    private readonly audience: string,
  ) {}

  async verify(token: string): Promise<Passport> {
    const now = Date.now() / 1000;
    const hit = this.verified.get(token);
    if (hit && now - hit.iat < PASSPORT_LIFETIME_SECONDS) return hit;
    const passport = await verifyPassport(token, this.keys, this.audience);
    for (const [old, p] of this.verified) {
      if (now - p.iat < PASSPORT_LIFETIME_SECONDS && this.verified.size < 5_000) break;
      this.verified.delete(old);
    }
    this.verified.set(token, passport);
    return passport;
  }
}

export const passportKeyFiles = (dataDir: string) => ({
  /** The gateway's key ring: private keys with when each signs from and when it retires. */
  ring: path.join(dataDir, 'keys', 'passport.keys.json'),
  /** The published public keys, for subgraphs that cannot reach the gateway (development only). */
  publicKeys: path.join(dataDir, 'keys', 'passport.jwks.json'),
});

function parseKeySet(variable: string, raw: string): JSONWebKeySet {
  let value: JWK | JSONWebKeySet;
  try {
    value = JSON.parse(raw);
  } catch {
    throw badConfig(`${variable} must be a JWK or a JWK set as JSON.`);
  }
  return 'keys' in value && Array.isArray(value.keys) ? (value as JSONWebKeySet) : { keys: [value as JWK] };
}

/** The gateway cannot be reached (or answers no key set); a missing key or a bad signature is not that. */
const unreachable = (error: unknown) => !(error instanceof Error && 'code' in error) || ['ERR_JWKS_TIMEOUT', 'ERR_JOSE_GENERIC'].includes(error.code as string);

/**
 * The keys a subgraph verifies passports with:
 * - `PASSPORT_PUBLIC_KEY`, a JWK or JWK set (fixed; no rotation);
 * - otherwise the gateway's JWKS at `PASSPORT_JWKS_URL` (in development by default the local gateway's),
 *   cached and fetched again when a passport names a key id not seen yet. In development the public
 *   keys the gateway wrote into the data dir stand in while the gateway is not reachable.
 */
export function passportKeys(dataRoot: string, env = process.env): JWTVerifyGetKey {
  if (env.PASSPORT_PUBLIC_KEY) return createLocalJWKSet(parseKeySet('PASSPORT_PUBLIC_KEY', env.PASSPORT_PUBLIC_KEY));
  const production = env.NODE_ENV === 'production';
  const url = readUrl('PASSPORT_JWKS_URL', env, ['http:', 'https:']);
  if (production && !url) throw badConfig('PASSPORT_JWKS_URL (the gateway’s passport key set) or PASSPORT_PUBLIC_KEY is required in production.');
  const remote = createRemoteJWKSet(new URL(url ?? `http://127.0.0.1:${readPort('GATEWAY_PORT', GATEWAY_PORT, env)}${PASSPORT_JWKS_PATH}`), {
    timeoutDuration: 2_000,
    cooldownDuration: PASSPORT_JWKS_COOLDOWN_MS,
    cacheMaxAge: 5 * 60_000,
  });
  if (production) return remote;
  const file = passportKeyFiles(dataRoot).publicKeys;
  return async (header, token) => {
    try {
      return await remote(header, token);
    } catch (error) {
      if (!unreachable(error) || !fs.existsSync(file)) throw error;
      return createLocalJWKSet(parseKeySet(file, fs.readFileSync(file, 'utf8')))(header, token);
    }
  };
}
