import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { passportKeyFiles } from '../subgraphs/kit/passport';

/** Development keys live in the git-ignored data dir and are generated on first start, never committed. */
export const devIssuerFiles = (dataRoot: string) => ({
  privateKey: path.join(dataRoot, 'keys', 'dev-issuer.private.jwk'),
  jwks: path.join(dataRoot, 'keys', 'dev-issuer.jwks.json'),
});

async function writePair(privateFile: string, publicFile: string, asJwks: boolean): Promise<void> {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const kid = randomUUID();
  const priv = { ...(await exportJWK(privateKey)), kid, alg: 'ES256' };
  const pub = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
  fs.mkdirSync(path.dirname(privateFile), { recursive: true, mode: 0o700 });
  fs.writeFileSync(privateFile, JSON.stringify(priv), { mode: 0o600 });
  fs.writeFileSync(publicFile, JSON.stringify(asJwks ? { keys: [pub] } : pub));
}

/** Creates the dev token issuer's and the passport's key pairs if they are missing. */
export async function ensureDevKeys(dataRoot: string): Promise<void> {
  const issuer = devIssuerFiles(dataRoot);
  if (!fs.existsSync(issuer.privateKey)) await writePair(issuer.privateKey, issuer.jwks, true);
  const passport = passportKeyFiles(dataRoot);
  if (!fs.existsSync(passport.privateKey)) await writePair(passport.privateKey, passport.publicKey, false);
}

export async function readPrivateKey(file: string): Promise<{ key: CryptoKey; kid?: string }> {
  const jwk = JSON.parse(fs.readFileSync(file, 'utf8')) as JWK;
  return { key: (await importJWK(jwk, 'ES256')) as CryptoKey, kid: jwk.kid };
}
