import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JSONWebKeySet, type JWK } from 'jose';
import { badConfig } from '../subgraphs/kit/config-error';
import { PASSPORT_JWKS_COOLDOWN_MS, PASSPORT_LIFETIME_SECONDS, passportKeyFiles, type PassportSigningKey } from '../subgraphs/kit/passport';

/** Development keys live in the git-ignored data dir and are generated on first start, never committed. */
export const devIssuerFiles = (dataRoot: string) => ({
  privateKey: path.join(dataRoot, 'keys', 'dev-issuer.private.jwk'),
  jwks: path.join(dataRoot, 'keys', 'dev-issuer.jwks.json'),
});

async function newKey(): Promise<{ priv: JWK; pub: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  return { priv: { ...(await exportJWK(privateKey)), kid, alg: 'ES256' }, pub: { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' } };
}

function writeSecret(file: string, content: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written beside and renamed, so a gateway re-reading the file never sees half of it.
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(content, null, 1), { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/** One passport key: it signs from `signsFrom` until a newer key does, and is published until `retiresAt`. */
interface RingKey {
  jwk: JWK;
  signsFrom: string;
  retiresAt?: string;
}

const readRing = (file: string): RingKey[] => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: RingKey[] }).keys : []);
const publicJwk = ({ d: _private, ...pub }: JWK): JWK => ({ ...pub, use: 'sig' });
const published = (keys: RingKey[], now: number) => keys.filter((k) => !k.retiresAt || Date.parse(k.retiresAt) > now);

/** A new key is published this long before it signs, so every subgraph can fetch it first. */
export const PASSPORT_KEY_LEAD_MS = 2 * PASSPORT_JWKS_COOLDOWN_MS;
/** An old key stays published until the last passport it signed has expired. */
const RETIRE_AFTER_MS = PASSPORT_LIFETIME_SECONDS * 1000 + 10_000;

/**
 * Adds a new passport key to the ring. The new key is published at once and signs after `leadMs`;
 * every older key retires once the passports it signed have expired. Returns the new key id.
 * The running gateway notices the changed file within a second: no restart.
 */
export async function rotatePassportKey(dataRoot: string, { leadMs = PASSPORT_KEY_LEAD_MS, now = Date.now() } = {}): Promise<string> {
  const files = passportKeyFiles(dataRoot);
  const { priv } = await newKey();
  const signsFrom = now + leadMs;
  const kept = readRing(files.ring).filter((k) => !k.retiresAt || Date.parse(k.retiresAt) > now - 86_400_000);
  const keys: RingKey[] = [
    ...kept.map((k) => ({ ...k, retiresAt: k.retiresAt ?? new Date(signsFrom + RETIRE_AFTER_MS).toISOString() })),
    { jwk: priv, signsFrom: new Date(signsFrom).toISOString() },
  ];
  writeSecret(files.ring, { keys });
  fs.writeFileSync(files.publicKeys, JSON.stringify({ keys: published(keys, now).map((k) => publicJwk(k.jwk)) }));
  return priv.kid!;
}

/**
 * The gateway's passport keys, read from the ring file and read again when it changes:
 * signs with the newest key whose time has come, publishes every key not yet retired.
 */
export class PassportKeyRing {
  private keys: RingKey[] = [];
  private mtimeMs = -1;
  private checkedAt = 0;
  private readonly imported = new Map<string, Promise<CryptoKey>>();

  private constructor(private readonly file: string) {}

  static open(dataRoot: string): PassportKeyRing {
    const ring = new PassportKeyRing(passportKeyFiles(dataRoot).ring);
    if (!fs.existsSync(ring.file)) throw badConfig(`No passport keys at ${ring.file}: run "npm run --silent rotate-passport-key" to create the first.`);
    ring.refresh(Date.now());
    return ring;
  }

  private refresh(now: number): void {
    if (now - this.checkedAt < 1000) return;
    this.checkedAt = now;
    const { mtimeMs } = fs.statSync(this.file);
    if (mtimeMs === this.mtimeMs) return;
    this.keys = readRing(this.file);
    this.mtimeMs = mtimeMs;
  }

  /** The key passports are signed with now. */
  async signing(now = Date.now()): Promise<PassportSigningKey> {
    this.refresh(now);
    const current = this.keys.filter((k) => Date.parse(k.signsFrom) <= now).sort((a, b) => Date.parse(b.signsFrom) - Date.parse(a.signsFrom))[0];
    if (!current) throw new Error('no passport key signs yet');
    const kid = current.jwk.kid!;
    let key = this.imported.get(kid);
    if (!key) this.imported.set(kid, (key = importJWK(current.jwk, 'ES256') as Promise<CryptoKey>));
    return { key: await key, kid };
  }

  /** The public keys subgraphs verify with: the signing one, the next one, and old ones not yet retired. */
  jwks(now = Date.now()): JSONWebKeySet {
    this.refresh(now);
    return { keys: published(this.keys, now).map((k) => publicJwk(k.jwk)) };
  }
}

/** Creates the dev token issuer's key pair and the first passport key if they are missing. */
export async function ensureDevKeys(dataRoot: string): Promise<void> {
  const issuer = devIssuerFiles(dataRoot);
  if (!fs.existsSync(issuer.privateKey)) {
    const { priv, pub } = await newKey();
    writeSecret(issuer.privateKey, priv);
    fs.writeFileSync(issuer.jwks, JSON.stringify({ keys: [pub] }));
  }
  if (!fs.existsSync(passportKeyFiles(dataRoot).ring)) await rotatePassportKey(dataRoot, { leadMs: 0 });
}

export async function readPrivateKey(file: string): Promise<{ key: CryptoKey; kid?: string }> {
  const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
  return { key: (await importJWK(jwk, 'ES256')) as CryptoKey, kid: jwk.kid };
}
