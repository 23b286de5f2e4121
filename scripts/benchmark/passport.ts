import fs from 'node:fs';
import pino from 'pino';
import type { GatewayConfig } from '../../gateway/config';
import { createTokenVerifier } from '../../gateway/auth';
import { PassportKeyRing } from '../../gateway/keys';
import { passportIssuerFor } from '../../gateway/passport/issuer';
import { SUPERGRAPH_FILE } from '../../gateway/server';

/** For one request: the passport value to send to the named subgraph. */
export type PassportsForRequest = (subgraph: string) => string;

/**
 * The one place the benchmark's peer gateways and direct path get passports: the token is verified
 * and one passport per subgraph issued exactly as the project's gateway does, for every request.
 */
export async function createPassportSource(config: GatewayConfig): Promise<(authorization: string | undefined) => Promise<PassportsForRequest>> {
  const verifyToken = createTokenVerifier(config);
  const issuer = passportIssuerFor(config, PassportKeyRing.open(config.dataRoot), fs.readFileSync(SUPERGRAPH_FILE, 'utf8'), pino({ level: 'silent' }));
  const subgraphs = Object.keys(config.subgraphUrls);
  return async (authorization) => {
    const grants = await issuer.grants(await verifyToken(authorization));
    const passports = new Map(await Promise.all(subgraphs.map(async (name) => [name, await issuer.passport(grants, name)] as const)));
    return (subgraph) => passports.get(subgraph)!;
  };
}
