import { createHash } from 'node:crypto';
import { codedError } from '../../subgraphs/kit/errors';
import type { Logger } from '../../subgraphs/kit/logger';
import { PASSPORT_HEADER, signPassport, type Grant, type Role } from '../../subgraphs/kit/passport';
import type { Identity } from '../auth';
import type { PassportKeyRing } from '../keys';
import { besideGraphql } from '../../subgraphs/kit/config';
import type { GatewayConfig } from '../config';
import { audiencesFromSupergraph, grantsForAudience, liveGrants, type Audience } from './audiences';
import { GRANT_SOURCE_ROLES, municipalGrants } from './policies';

/** Grants may be this old: a revoked consent stops working within seconds, not minutes. */
const GRANT_CACHE_MS = 5_000;
/** Grants collected while a source was down are kept only briefly, so passports are whole again soon after it is back. */
const PARTIAL_GRANT_CACHE_MS = 1_000;
/** A source that failed is not asked again for this long; otherwise every request would wait for it. */
const SOURCE_RETRY_MS = 2_000;
/** A signed passport is reused for this long, well within its 60 s lifetime: signing per request per subgraph costs CPU. */
const PASSPORT_REUSE_MS = 10_000;
/** A larger passport is refused here with a code, instead of by the subgraph's header limit (HTTP 431). */
export const PASSPORT_MAX_BYTES = 8_192;
const CACHE_ENTRIES = 10_000;

/** A subgraph that owns person-specific grants (guardianship, consent), and the roles it holds them for. */
export interface GrantSource {
  service: string;
  /** Its `/grants` endpoint. */
  url: string;
  roles: readonly Role[];
}

export interface PassportIssuerOptions {
  keys: PassportKeyRing;
  grantSources: GrantSource[];
  /** Per subgraph, what its passport may carry; see `audiencesFromSupergraph`. */
  audiences: Map<string, Audience>;
  timeoutMs: number;
  log: Logger;
}

/** One viewer's grants as collected: live and deduplicated, and the sources that did not answer. */
export interface ViewerGrants {
  identity: Identity;
  grants: Grant[];
  unavailable: string[];
  /** Names this version of the grants in the passport cache. */
  hash: string;
}

const SYSTEM: ViewerGrants = { identity: { sub: 'passport-issuer', roles: ['system' as never] }, grants: [], unavailable: [], hash: 'system' };

/** Keeps a value for `ttl` ms; the oldest entries go first when it is full. A failed value is not kept. */
function remember<T>(cache: Map<string, { at: number; ttl: number; value: Promise<T> }>, key: string, ttl: number, make: () => Promise<T>): Promise<T> {
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && now - hit.at < hit.ttl) return hit.value;
  for (const [old, entry] of cache) {
    if (now - entry.at < entry.ttl && cache.size < CACHE_ENTRIES) break;
    cache.delete(old);
  }
  const value = make();
  const entry = { at: now, ttl, value };
  cache.set(key, entry);
  value.catch(() => cache.get(key) === entry && cache.delete(key));
  return value;
}

/**
 * Turns a verified identity into signed, short-lived passports, one per subgraph. Kept apart from the
 * Node gateway so the same logic can serve an Apollo Router coprocessor or a Hive Gateway plugin.
 */
export class PassportIssuer {
  private readonly grantCache = new Map<string, { at: number; ttl: number; value: Promise<ViewerGrants> }>();
  private readonly passportCache = new Map<string, { at: number; ttl: number; value: Promise<string> }>();
  private readonly downUntil = new Map<string, number>();

  constructor(private readonly options: PassportIssuerOptions) {}

  /** The viewer's grants, shared by the passports of every subgraph one request calls. */
  async grants(identity: Identity): Promise<ViewerGrants> {
    const key = `${identity.sub}|${identity.roles.join(',')}`;
    const collected = await remember(this.grantCache, key, GRANT_CACHE_MS, () => this.collect(identity));
    const entry = this.grantCache.get(key);
    if (collected.unavailable.length > 0 && entry) entry.ttl = PARTIAL_GRANT_CACHE_MS;
    return collected;
  }

  /** The passport for one subgraph: its name as audience, and only the grants its categories need. */
  async passport(viewer: ViewerGrants, audience: string): Promise<string> {
    const signing = await this.options.keys.signing();
    const key = `${viewer.identity.sub}|${viewer.identity.roles.join(',')}|${viewer.hash}|${audience}|${signing.kid}`;
    return remember(this.passportCache, key, PASSPORT_REUSE_MS, async () => {
      const served = this.options.audiences.get(audience);
      const grants = served ? grantsForAudience(viewer.grants, served) : [];
      const token = await signPassport({ ...viewer.identity, grants, unavailable: viewer.unavailable }, signing, audience);
      if (token.length > PASSPORT_MAX_BYTES) {
        this.options.log.warn({ service: audience, grants: grants.length, bytes: token.length }, 'passport over its size bound');
        throw codedError('PASSPORT_TOO_LARGE', `Your access rights are too many to send to the ${audience} service in one request. Tell support the time.`, {
          service: audience,
        });
      }
      return token;
    });
  }

  private async collect(identity: Identity): Promise<ViewerGrants> {
    const sources = this.options.grantSources.filter((s) => s.roles.some((r) => identity.roles.includes(r)));
    const unavailable: string[] = [];
    const owned = await Promise.all(
      sources.map((source) =>
        this.ask(source, identity).catch(() => {
          unavailable.push(source.service);
          return [];
        }),
      ),
    );
    const grants = liveGrants([...municipalGrants(identity.roles), ...owned.flat()]);
    const hash = createHash('sha256')
      .update(JSON.stringify([grants, unavailable]))
      .digest('base64url')
      .slice(0, 22);
    return { identity, grants, unavailable, hash };
  }

  private async ask(source: GrantSource, identity: Identity): Promise<Grant[]> {
    if ((this.downUntil.get(source.service) ?? 0) > Date.now()) throw new Error('grant source recently down');
    try {
      const res = await fetch(source.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [PASSPORT_HEADER]: await this.passport(SYSTEM, source.service) },
        body: JSON.stringify({ sub: identity.sub, roles: identity.roles }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      if (!res.ok) throw new Error(`grant source answered ${res.status}`);
      return ((await res.json()) as { grants: Grant[] }).grants;
    } catch (error) {
      this.downUntil.set(source.service, Date.now() + SOURCE_RETRY_MS);
      this.options.log.warn({ service: source.service, kind: (error as Error).name }, 'grant source not answering: passports go out without its grants');
      throw error;
    }
  }
}

/** The issuer as the gateway runs it: grant sources at the configured subgraphs, audiences from the supergraph. */
export function passportIssuerFor(config: GatewayConfig, keys: PassportKeyRing, supergraphSdl: string, log: Logger): PassportIssuer {
  return new PassportIssuer({
    keys,
    grantSources: Object.entries(GRANT_SOURCE_ROLES).map(([service, roles]) => ({
      service,
      url: besideGraphql(config.subgraphUrls[service], '/grants'),
      roles,
    })),
    audiences: audiencesFromSupergraph(supergraphSdl),
    timeoutMs: config.limits.subgraphTimeoutMs,
    log,
  });
}
