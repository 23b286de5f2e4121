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

export type ChainedEntry = ChainedFields & { seq: string; prevHash: string; hash: string };

/**
 * Checks the chain a page at a time, so a log of tens of millions of entries never sits in memory:
 * feed pages in `seq` order; the last hash is carried from one page to the next.
 */
export class ChainVerifier {
  private prev = GENESIS_HASH;
  /** Entries checked so far: all of them, or up to and including the first break. */
  checked = 0;
  firstBreak?: ChainBreak;

  /** Checks the next page; false once the chain is broken, when reading further is pointless. */
  feed(page: ChainedEntry[]): boolean {
    for (const e of page) {
      if (this.firstBreak) return false;
      this.checked++;
      if (e.prevHash !== this.prev) this.firstBreak = { seq: e.seq, reason: 'broken-link' };
      else if (entryHash(e.prevHash, e) !== e.hash) this.firstBreak = { seq: e.seq, reason: 'hash-mismatch' };
      this.prev = e.hash;
    }
    return !this.firstBreak;
  }
}
