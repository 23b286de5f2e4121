import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createLocalJWKSet } from 'jose';
import { signPassport, verifyPassport } from '../subgraphs/kit/passport';
import { ensureDevKeys, PassportKeyRing, rotatePassportKey } from './keys';

const passport = { sub: 'someone', roles: ['companion' as const], grants: [] };

describe('passport key rotation', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rinnalla-keys-'));
    await ensureDevKeys(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('publishes the new key before it signs, and keeps the old one until its passports have expired', async () => {
    const ring = PassportKeyRing.open(dir);
    const now = Date.now();
    const old = (await ring.signing(now)).kid;
    const next = await rotatePassportKey(dir, { leadMs: 10_000, now });
    const at = (ms: number) => now + 1_500 + ms; // past the ring's once-a-second look at the file

    expect((await ring.signing(at(0))).kid).toBe(old);
    expect(ring.jwks(at(0)).keys.map((k) => k.kid)).toEqual([old, next]);
    expect((await ring.signing(at(10_000))).kid).toBe(next);
    expect(ring.jwks(at(60_000)).keys.map((k) => k.kid)).toEqual([old, next]);
    expect(ring.jwks(at(80_000)).keys.map((k) => k.kid)).toEqual([next]);
    expect(ring.jwks(at(0)).keys.every((k) => k.d === undefined)).toBe(true);
  });

  it('verifies a passport signed before the rotation against the key set published after it', async () => {
    const ring = PassportKeyRing.open(dir);
    const before = await signPassport(passport, await ring.signing(), 'clinic');
    await rotatePassportKey(dir, { leadMs: 0 });
    const published = createLocalJWKSet(JSON.parse(fs.readFileSync(path.join(dir, 'keys', 'passport.jwks.json'), 'utf8')));
    await expect(verifyPassport(before, published, 'clinic')).resolves.toMatchObject({ sub: 'someone' });
    await expect(verifyPassport(before, published, 'daycare')).rejects.toThrow(/aud/);
  });
});
