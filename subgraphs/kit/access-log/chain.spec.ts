import { ChainVerifier, entryHash, GENESIS_HASH, type ChainedEntry, type ChainedFields } from './chain';

/** Feeds `entries` to one verifier in pages of `pageSize`, as the endpoint reads them from the database. */
function verifyChain(entries: ChainedEntry[], pageSize = entries.length || 1) {
  const verifier = new ChainVerifier();
  for (let i = 0; i < entries.length && verifier.feed(entries.slice(i, i + pageSize)); i += pageSize);
  return verifier.firstBreak;
}

function chain(n: number) {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const fields: ChainedFields = {
      at: new Date(Date.UTC(2026, 10, 23, 8, i)),
      viewerId: 'companion-1',
      viewerRole: 'companion',
      familyId: 'family-1',
      category: 'bookings',
      operation: 'read',
      basis: 'consent',
      basisRef: 'consent-1',
      service: 'clinic',
      requestId: `request-${i}`,
    };
    const hash = entryHash(prev, fields);
    const entry = { ...fields, seq: String(i + 1), prevHash: prev, hash };
    prev = hash;
    return entry;
  });
}

describe('access log hash chain', () => {
  it('holds for an untouched log', () => {
    expect(verifyChain(chain(5))).toBeUndefined();
  });

  it('detects an edited entry', () => {
    const entries = chain(5);
    entries[2].viewerRole = 'guardian';
    expect(verifyChain(entries)).toEqual({ seq: '3', reason: 'hash-mismatch' });
  });

  it('detects a deleted entry', () => {
    const entries = chain(5);
    entries.splice(1, 1);
    expect(verifyChain(entries)).toEqual({ seq: '3', reason: 'broken-link' });
  });

  it('detects a re-hashed forgery that does not link to its predecessor', () => {
    const entries = chain(3);
    entries[1] = { ...entries[1], viewerId: 'someone-else', prevHash: GENESIS_HASH };
    entries[1].hash = entryHash(GENESIS_HASH, entries[1]);
    expect(verifyChain(entries)?.seq).toBe('2');
  });

  describe('read in pages', () => {
    it('holds across page boundaries and counts every entry', () => {
      const verifier = new ChainVerifier();
      const entries = chain(10);
      for (let i = 0; i < 10; i += 4) verifier.feed(entries.slice(i, i + 4));
      expect(verifier.firstBreak).toBeUndefined();
      expect(verifier.checked).toBe(10);
    });

    it("finds an entry deleted at the start of a page: the previous page's last hash is carried over", () => {
      const entries = chain(10);
      entries.splice(4, 1); // seq 5, which would open the second page of four
      expect(verifyChain(entries, 4)).toEqual({ seq: '6', reason: 'broken-link' });
    });

    it('finds an edit in the last entry of a page', () => {
      const entries = chain(10);
      entries[3].category = 'health';
      expect(verifyChain(entries, 4)).toEqual({ seq: '4', reason: 'hash-mismatch' });
    });

    it('finds a whole page deleted', () => {
      const entries = chain(12);
      entries.splice(4, 4);
      expect(verifyChain(entries, 4)).toEqual({ seq: '9', reason: 'broken-link' });
    });

    it('stops at the first break and says how far it read', () => {
      const entries = chain(10);
      entries[5].viewerId = 'someone-else';
      const verifier = new ChainVerifier();
      expect(verifier.feed(entries.slice(0, 4))).toBe(true);
      expect(verifier.feed(entries.slice(4, 8))).toBe(false);
      expect(verifier.feed(entries.slice(8))).toBe(false);
      expect(verifier.firstBreak).toEqual({ seq: '6', reason: 'hash-mismatch' });
      expect(verifier.checked).toBe(6);
    });
  });
});
