import type { Category, Role } from '../passport';
import type { Viewer } from '../viewer';
import { countAccessLogAppends } from '../metrics';
import type { ChainWriter } from './chain-writer';
import { entryHash, GENESIS_HASH, type ChainedFields } from './chain';

const PARTNER_ROLES = ['landlord', 'provider'] as const;

/** The role a use was made in follows from its basis, so a person with several roles is logged in the right one. */
const ROLE_OF_BASIS: Record<string, Role> = {
  guardianship: 'guardian',
  consent: 'companion',
  referral: 'social-host',
  'own-report': 'landlord',
  tenancy: 'landlord',
};
const CHAIN_LOCK = 703_2023; // advisory lock id, with the schema: one writer extends a subgraph's chain at a time

/**
 * Checks a batch of families against the passport and remembers, per request,
 * whom the viewer's data use touched. `flush` appends it all to the chain once.
 */
export class AccessRecorder {
  private readonly pending = new Map<string, ChainedFields>();

  constructor(
    private readonly viewer: Viewer,
    private readonly service: string,
    private readonly requestId: string,
  ) {}

  /** The subset of `familyIds` the viewer may use in `category`; each one used is logged. */
  permit(category: Category, familyIds: Iterable<string>, operation: 'read' | 'write' = 'read'): Set<string> {
    const allowed = new Set<string>();
    for (const familyId of familyIds) {
      const basis = this.viewer.basisFor(familyId, category);
      if (!basis) continue;
      allowed.add(familyId);
      this.record(familyId, category, operation, basis.basis, basis.ref);
    }
    return allowed;
  }

  /** Logs one use; called directly for a use that rests on the row itself, e.g. a landlord's own report. */
  record(familyId: string, category: Category, operation: 'read' | 'write' | 'disclose', basis: string, basisRef: string) {
    const disclosed = this.viewer.hasRole(...PARTNER_ROLES) && operation === 'read';
    const op = disclosed ? 'disclose' : operation;
    const key = `${familyId}|${category}|${op}`;
    if (this.pending.has(key)) return;
    this.pending.set(key, this.entry(familyId, category, op, basis, basisRef));
  }

  /** The chain fields of one use, not queued: a write appends its own inside its transaction (`appendToChain`). */
  entry(familyId: string, category: Category, operation: 'read' | 'write' | 'disclose', basis: string, basisRef: string): ChainedFields {
    return {
      at: new Date(),
      viewerId: this.viewer.id,
      viewerRole: basis === 'municipal-role' ? basisRef : this.roleOfBasis(basis),
      familyId,
      category,
      operation,
      basis,
      basisRef,
      service: this.service,
      requestId: this.requestId,
    };
  }

  /** The role a basis is normally used in, if the viewer holds it (a coordinator following outcomes on a consent is still a coordinator). */
  private roleOfBasis(basis: string): Role {
    const role = ROLE_OF_BASIS[basis];
    return role && this.viewer.hasRole(role) ? role : this.viewer.primaryRole;
  }

  get size(): number {
    return this.pending.size;
  }

  /** Resolves once the request's entries are durable in the chain, committed together with other requests'. */
  async flush(writer: ChainWriter): Promise<void> {
    if (this.pending.size === 0) return;
    const entries = [...this.pending.values()];
    this.pending.clear();
    await writer.append(entries);
    countAccessLogAppends(this.service, entries.length);
  }
}

/**
 * Extends the hash chain with `entries` inside the caller's transaction: one writer at a time
 * (advisory lock until commit), so a write and its log entries commit or roll back together.
 * Resolves to the chain's new last hash.
 */
export async function appendToChain(tx: Queryable, entries: ChainedFields[]): Promise<string | undefined> {
  if (entries.length === 0) return undefined;
  await tx.query(`SELECT pg_advisory_xact_lock($1, ${CHAIN_LOCK_KEY})`, [CHAIN_LOCK]);
  const last: Array<{ hash: string }> = await tx.query('SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1');
  const { sql, params, head } = linkedInsert(last[0]?.hash ?? GENESIS_HASH, entries, false);
  await tx.query(sql, params);
  return head;
}

/**
 * Appends `entries` after `head` in one statement, without waiting: it inserts nothing when another
 * writer holds the chain's lock (resolves to undefined), and the unique index on `prevHash` refuses it
 * (23505) when another writer has extended the chain past `head`. Either way the caller falls back to
 * `appendToChain`. Resolves to the chain's new last hash once committed.
 */
export async function appendAfter(db: Queryable, head: string, entries: ChainedFields[]): Promise<string | undefined> {
  const { sql, params, head: last } = linkedInsert(head, entries, true);
  const inserted: unknown[] = await db.query(sql, params);
  return inserted.length === entries.length ? last : undefined;
}

interface Queryable {
  query(sql: string, params?: unknown[]): Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

// Keyed by schema too: subgraphs sharing one database each have their own chain, and must not queue for each other's.
const CHAIN_LOCK_KEY = 'hashtext(current_schema())';
const COLUMNS = ['at', 'viewerId', 'viewerRole', 'familyId', 'category', 'operation', 'basis', 'basisRef', 'service', 'requestId', 'prevHash', 'hash'] as const;
// Casts for `INSERT ... SELECT`, where parameter types are not taken from the columns.
const CASTS = ['timestamptz', 'varchar', 'varchar', 'uuid', 'varchar', 'varchar', 'varchar', 'varchar', 'varchar', 'varchar', 'char(64)', 'char(64)'];

/** The chained rows of `entries` after `prev`, as one INSERT (optionally only if the chain's lock is free at once). */
function linkedInsert(prev: string, entries: ChainedFields[], tryLock: boolean): { sql: string; params: unknown[]; head: string } {
  const params: unknown[] = [];
  const tuples: string[] = [];
  for (const e of entries) {
    const hash = entryHash(prev, e);
    const row = [e.at, e.viewerId, e.viewerRole, e.familyId, e.category, e.operation, e.basis, e.basisRef, e.service, e.requestId, prev, hash];
    const start = params.length;
    params.push(...row);
    tuples.push(`(${row.map((_, i) => (tryLock ? `$${start + i + 1}::${CASTS[i]}` : `$${start + i + 1}`)).join(', ')})`);
    prev = hash;
  }
  const columns = COLUMNS.map((c) => `"${c}"`).join(', ');
  if (!tryLock) return { sql: `INSERT INTO access_log (${columns}) VALUES ${tuples.join(', ')}`, params, head: prev };
  params.push(CHAIN_LOCK);
  const sql =
    `INSERT INTO access_log (${columns}) SELECT * FROM (VALUES ${tuples.join(', ')}) AS entry ` +
    `WHERE pg_try_advisory_xact_lock($${params.length}, ${CHAIN_LOCK_KEY}) RETURNING seq`;
  return { sql, params, head: prev };
}
