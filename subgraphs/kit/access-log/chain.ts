import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface ChainedFields {
  at: Date;
  viewerId: string;
  viewerRole: string;
  familyId: string;
  category: string;
  operation: string;
  basis: string;
  basisRef: string;
  service: string;
  requestId: string;
}

/** Each entry's hash covers its own fields and the previous hash, so an edit or a deletion breaks the chain. */
export function entryHash(prevHash: string, e: ChainedFields): string {
  const canonical = [
    prevHash,
    e.at.toISOString(),
    e.viewerId,
    e.viewerRole,
    e.familyId,
    e.category,
    e.operation,
    e.basis,
    e.basisRef,
    e.service,
    e.requestId,
  ].join('\u001f');
  return createHash('sha256').update(canonical).digest('hex');
}

export interface ChainBreak {
  seq: string;
  reason: 'hash-mismatch' | 'broken-link';
}

/** Walks entries in `seq` order and reports the first place the chain does not hold. */
export function verifyChain(entries: Array<ChainedFields & { seq: string; prevHash: string; hash: string }>): ChainBreak | undefined {
  let prev = GENESIS_HASH;
  for (const e of entries) {
    if (e.prevHash !== prev) return { seq: e.seq, reason: 'broken-link' };
    if (entryHash(e.prevHash, e) !== e.hash) return { seq: e.seq, reason: 'hash-mismatch' };
    prev = e.hash;
  }
  return undefined;
}
