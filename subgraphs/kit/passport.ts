import fs from 'node:fs';
import path from 'node:path';
import { importJWK, jwtVerify, SignJWT, type CryptoKey, type JWK } from 'jose';
import { badConfig } from './config-error';

/** The roles of DOMAIN.md's actor table, plus `system` for the gateway's own calls. */
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
export type Role = (typeof ROLES)[number] | 'system';

/** Data categories: every field carrying family data declares one with `@category`. */
export const CATEGORIES = [
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
export type Category = (typeof CATEGORIES)[number];

/** Why a viewer may see a family's data: this is what the access log records as the basis. */
export type Basis = 'guardianship' | 'consent' | 'referral' | 'municipal-role' | 'own-report';

export interface Grant {
  /** A family id, or `*` for a municipal role that serves every family of the municipality. */
  family: string;
  categories: Category[];
  basis: Basis;
  /** The consent, assignment or unit the grant rests on. */
  ref: string;
  /** ISO instant; the grant is void after it. */
  until?: string;
}

export interface Passport {
  sub: string;
  roles: Role[];
  grants: Grant[];
}

export const PASSPORT_HEADER = 'x-rinnalla-passport';
export const PASSPORT_ISSUER = 'rinnalla-gateway';
export const PASSPORT_AUDIENCE = 'rinnalla-subgraphs';
export const PASSPORT_LIFETIME_SECONDS = 60;
const ALG = 'ES256';

export async function signPassport(passport: Passport, privateKey: CryptoKey): Promise<string> {
  return new SignJWT({ roles: passport.roles, grants: passport.grants })
    .setProtectedHeader({ alg: ALG, typ: 'passport+jwt' })
    .setSubject(passport.sub)
    .setIssuer(PASSPORT_ISSUER)
    .setAudience(PASSPORT_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${PASSPORT_LIFETIME_SECONDS}s`)
    .sign(privateKey);
}

/** Verifies a passport; throws on anything but a fresh, correctly signed one. */
export async function verifyPassport(token: string, publicKey: CryptoKey): Promise<Passport> {
  const { payload } = await jwtVerify(token, publicKey, {
    algorithms: [ALG],
    issuer: PASSPORT_ISSUER,
    audience: PASSPORT_AUDIENCE,
    maxTokenAge: `${PASSPORT_LIFETIME_SECONDS}s`,
    typ: 'passport+jwt',
  });
  if (typeof payload.sub !== 'string' || !Array.isArray(payload.roles) || !Array.isArray(payload.grants)) {
    throw new Error('passport claims are incomplete');
  }
  return { sub: payload.sub, roles: payload.roles as Role[], grants: payload.grants as Grant[] };
}

export const passportKeyFiles = (dataDir: string) => ({
  privateKey: path.join(dataDir, 'keys', 'passport.private.jwk'),
  publicKey: path.join(dataDir, 'keys', 'passport.public.jwk'),
});

/** The subgraphs' verification key: `PASSPORT_PUBLIC_KEY` (a JWK) or the one the gateway generated in the data dir. */
export async function loadPassportPublicKey(dataRoot: string, env = process.env): Promise<CryptoKey> {
  let jwk: JWK;
  if (env.PASSPORT_PUBLIC_KEY) {
    jwk = JSON.parse(env.PASSPORT_PUBLIC_KEY);
  } else {
    const file = passportKeyFiles(dataRoot).publicKey;
    if (!fs.existsSync(file)) {
      throw badConfig(`No passport key: set PASSPORT_PUBLIC_KEY, or run "npm start" once so the gateway generates ${file}.`);
    }
    jwk = JSON.parse(fs.readFileSync(file, 'utf8'));
  }
  return (await importJWK(jwk, ALG)) as CryptoKey;
}
