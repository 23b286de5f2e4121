import { GraphQLError, Kind, parse } from 'graphql';
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { GatewayConfig } from './config';
import type { ViewerGrants } from './passport/issuer';

/**
 * The operations a caller without a token may send: the 24/7 "ask for help" button, and a family's answer to
 * its outcome follow-up form with the form's one-time token. Only a document that holds nothing else is public;
 * every other request still needs a token.
 */
export const PUBLIC_MUTATIONS: ReadonlySet<string> = new Set(['askForHelp', 'answerFeedback']);

/** A caller without a token: no grants, and the one role the public actions accept. */
export const ANONYMOUS: ViewerGrants = { identity: { sub: 'anonymous', roles: ['anonymous'] }, grants: [], unavailable: [], hash: 'anonymous' };

/** Whether the request body's document is one mutation that selects public mutations only (no fragments, nothing else). */
export function isPublicOperation(body: unknown, maxTokens: number): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string') return false;
  let document;
  try {
    document = parse(query, { maxTokens, noLocation: true });
  } catch {
    return false; // answered as before: a request without a token
  }
  if (document.definitions.length !== 1) return false;
  const [operation] = document.definitions;
  return (
    operation.kind === Kind.OPERATION_DEFINITION &&
    operation.operation === 'mutation' &&
    operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PUBLIC_MUTATIONS.has(s.name.value))
  );
}

export interface PublicRateLimiter {
  /** Resolves once Redis answers (or after a short wait, the insurance limiter serving meanwhile). */
  ready: Promise<void>;
  /** Counts one public request from `address`; throws RATE_LIMITED (HTTP 429) when the address is over its limit. */
  consume(address: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Per client address, over every gateway replica when Redis is configured. If Redis is away, each replica
 * limits on its own (the insurance limiter) rather than refusing the button or letting a flood through.
 */
export function publicRateLimiter(limits: GatewayConfig['publicRateLimit']): PublicRateLimiter {
  const options = { points: limits.points, duration: limits.durationSeconds, keyPrefix: 'rinnalla-public' };
  const memory = new RateLimiterMemory(options);
  const redis = limits.redisUrl ? new Redis(limits.redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : undefined;
  redis?.on('error', () => undefined); // the insurance limiter takes over; ioredis keeps reconnecting
  const limiter: RateLimiterAbstract = redis ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: memory }) : memory;
  const ready = new Promise<void>((resolve) => {
    if (!redis) return resolve();
    redis.once('ready', () => resolve());
    setTimeout(resolve, 2_000).unref();
  });
  return {
    ready,
    async consume(address) {
      try {
        await limiter.consume(address);
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
        throw new GraphQLError(`Too many requests from your address. Try again in ${retryAfterSeconds} seconds; requests received before this one are kept.`, {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds, http: { status: 429 } },
        });
      }
    },
    async close() {
      redis?.disconnect();
    },
  };
}
