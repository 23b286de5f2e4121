import { dataRoot, subgraphUrl } from '../subgraphs/kit/config';
import { badConfig } from '../subgraphs/kit/config-error';
import { readInt, readPort, readUrl } from '../subgraphs/kit/env';
import { registry } from '../subgraphs/kit/registry';
import type { SubgraphName } from '../subgraphs/kit/services';

export const DEV_ISSUER = 'rinnalla-dev-issuer';
export const DEV_AUDIENCE = 'rinnalla';

export interface GatewayConfig {
  port: number;
  production: boolean;
  dataRoot: string;
  /** OIDC: the token issuer, audience and JWKS; without a JWKS URL, the locally generated dev key. */
  auth: { issuer: string; audience: string; jwksUrl?: string };
  /** Every registered subgraph's URL: its registry routing URL, or `<PREFIX>_URL` / `<PREFIX>_PORT`. */
  subgraphUrls: Record<SubgraphName, string>;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number; bodyBytes: number; subgraphTimeoutMs: number };
  /** Express's `trust proxy` (TRUST_PROXY): which proxies' x-forwarded-for names the client address. Unset: none, the socket's address counts. */
  trustProxy?: string | number;
  /** The public operations' rate limit per client address; shared by every replica through Redis when REDIS_URL is set. */
  publicRateLimit: { points: number; durationSeconds: number; redisUrl?: string };
}

export function loadGatewayConfig(env = process.env): GatewayConfig {
  const production = env.NODE_ENV === 'production';
  const jwksUrl = readUrl('AUTH_JWKS_URL', env, ['http:', 'https:']);
  if (production && !jwksUrl) throw badConfig('AUTH_JWKS_URL is required in production: development keys are for local use only.');
  return {
    port: readPort('GATEWAY_PORT', registry(env).gatewayPort, env),
    production,
    dataRoot: dataRoot(env),
    auth: { issuer: env.AUTH_ISSUER || DEV_ISSUER, audience: env.AUTH_AUDIENCE || DEV_AUDIENCE, jwksUrl },
    subgraphUrls: Object.fromEntries(registry(env).subgraphs.map((s) => [s.name, subgraphUrl(s.name, env)])),
    limits: {
      maxDepth: readInt('LIMIT_MAX_DEPTH', 12, 2, 100, env),
      maxAliases: readInt('LIMIT_MAX_ALIASES', 30, 0, 1000, env),
      maxTokens: readInt('LIMIT_MAX_TOKENS', 2000, 50, 100000, env),
      maxCost: readInt('LIMIT_MAX_COST', 5000, 10, 1000000, env),
      bodyBytes: readInt('LIMIT_BODY_BYTES', 100_000, 1000, 10_000_000, env),
      subgraphTimeoutMs: readInt('SUBGRAPH_TIMEOUT_MS', 5000, 100, 60000, env),
    },
    trustProxy: env.TRUST_PROXY ? (/^\d+$/.test(env.TRUST_PROXY) ? Number(env.TRUST_PROXY) : env.TRUST_PROXY) : undefined,
    publicRateLimit: {
      points: readInt('PUBLIC_RATE_LIMIT_POINTS', 10, 1, 100000, env),
      durationSeconds: readInt('PUBLIC_RATE_LIMIT_SECONDS', 600, 1, 86400, env),
      redisUrl: readUrl('REDIS_URL', env, ['redis:', 'rediss:']),
    },
  };
}
