import type { CryptoKey } from 'jose';
import { signPassport, type Grant, PASSPORT_HEADER } from '../../subgraphs/kit/passport';
import type { Identity } from '../auth';
import { municipalGrants } from './policies';

/** Grants may be this old: a revoked consent stops working within seconds, not minutes. */
const GRANT_CACHE_MS = 5_000;

export interface PassportIssuerOptions {
  privateKey: CryptoKey;
  /** The `/grants` endpoints of subgraphs that own guardianships and consents. */
  grantSources: string[];
  timeoutMs: number;
}

/**
 * Turns a verified identity into a signed, short-lived passport. Kept apart from the Node gateway
 * so the same logic can serve an Apollo Router coprocessor or a Hive Gateway plugin.
 */
export class PassportIssuer {
  private readonly cache = new Map<string, { at: number; grants: Promise<Grant[]> }>();

  constructor(private readonly options: PassportIssuerOptions) {}

  async issue(identity: Identity): Promise<string> {
    return signPassport({ ...identity, grants: await this.grants(identity) }, this.options.privateKey);
  }

  private grants(identity: Identity): Promise<Grant[]> {
    const key = `${identity.sub}|${identity.roles.join(',')}`;
    const hit = this.cache.get(key);
    if (hit && Date.now() - hit.at < GRANT_CACHE_MS) return hit.grants;
    const grants = this.collect(identity);
    this.cache.set(key, { at: Date.now(), grants });
    grants.catch(() => this.cache.delete(key));
    if (this.cache.size > 10_000) this.cache.delete(this.cache.keys().next().value!);
    return grants;
  }

  private async collect(identity: Identity): Promise<Grant[]> {
    const system = await signPassport({ sub: 'passport-issuer', roles: ['system'], grants: [] }, this.options.privateKey);
    const owned = await Promise.all(
      this.options.grantSources.map(async (url) => {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [PASSPORT_HEADER]: system },
          body: JSON.stringify(identity),
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
        if (!res.ok) throw new Error(`grant source answered ${res.status}`);
        return ((await res.json()) as { grants: Grant[] }).grants;
      }),
    );
    return [...municipalGrants(identity.roles), ...owned.flat()];
  }
}

