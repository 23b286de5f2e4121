import { entryHash, GENESIS_HASH, verifyChain, type ChainedFields } from './chain';

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
});
