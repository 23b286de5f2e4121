import fs from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ROLES, type Role } from '../subgraphs/kit/passport';
import type { GatewayConfig } from './config';
import { devIssuerFiles } from './keys';

export interface Identity {
  sub: string;
  roles: Role[];
}

/** Verifies the bearer JWT against the configured JWKS; throws on anything but a valid, current token. */
export function createTokenVerifier(config: GatewayConfig) {
  const jwks: JWTVerifyGetKey = config.auth.jwksUrl
    ? createRemoteJWKSet(new URL(config.auth.jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30_000 })
    : createLocalJWKSet(JSON.parse(fs.readFileSync(devIssuerFiles(config.dataRoot).jwks, 'utf8')));
  return async (authorization: string | undefined): Promise<Identity> => {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization ?? '');
    if (!match) throw new Error('no bearer token');
    const { payload } = await jwtVerify(match[1], jwks, {
      issuer: config.auth.issuer,
      audience: config.auth.audience,
      algorithms: ['ES256', 'RS256', 'EdDSA'],
      clockTolerance: 5,
      requiredClaims: ['sub', 'exp'],
    });
    const roles = (Array.isArray(payload.roles) ? payload.roles : []).filter((r): r is Role => (ROLES as readonly string[]).includes(r as string));
    if (roles.length === 0) throw new Error('token has no known role');
    return { sub: payload.sub!, roles };
  };
}
