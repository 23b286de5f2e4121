import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '../subgraphs/kit/passport';
import type { GatewayConfig } from './config';
import { devIssuerFiles } from './keys';

export interface Identity {
  sub: string;
  roles: Role[];
}

/** A verified token is trusted again for at most this long (and never past its `exp`): one signature check a minute per client. */
const VERIFIED_TOKEN_MS = 60_000;
const VERIFIED_TOKENS_MAX = 10_000;

/** Verifies the bearer JWT against the configured JWKS; throws on anything but a valid, current token. */
export function createTokenVerifier(config: GatewayConfig) {
  const verified = new Map<string, { identity: Identity; until: number }>();
  const jwks: JWTVerifyGetKey = config.auth.jwksUrl
    ? createRemoteJWKSet(new URL(config.auth.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    : createLocalJWKSet(JSON.parse(fs.readFileSync(devIssuerFiles(config.dataRoot).jwks, 'utf8')));
  return async (authorization: string | undefined): Promise<Identity> => {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) throw new Error('no bearer token');
    const hit = verified.get(match[1]);
    if (hit && Date.now() < hit.until) return hit.identity;
    verified.delete(match[1]);
    const { payload } = await jwtVerify(match[1], jwks, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      algorithms: ['ES256', 'RS256', 'EdDSA'],
      clockTolerance: 5,
      requiredClaims: ['sub', 'exp'],
    });
    const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
    if (roles.length === 0) throw new Error('token has no known role');
    const identity = { sub: payload.sub!, roles };
    if (verified.size >= VERIFIED_TOKENS_MAX) verified.delete(verified.keys().next().value!);
    verified.set(match[1], { identity, until: Math.min(Date.now() + VERIFIED_TOKEN_MS, payload.exp! * 1000) });
    return identity;
  };
}
