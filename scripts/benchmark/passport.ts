import type { GatewayConfig } from '../../gateway/config';
import { createTokenVerifier } from '../../gateway/auth';
import { readPrivateKey } from '../../gateway/keys';
import { PassportIssuer } from '../../gateway/passport/issuer';
import { besideGraphql } from '../../subgraphs/kit/config';
import { passportKeyFiles } from '../../subgraphs/kit/passport';

/** For one request: the passport value to send to the named subgraph. */
export type PassportsForRequest = (subgraph: string) => string;

/**
 * The one place the benchmark's peer gateways and direct path get passports: the token is
 * verified and the passport issued exactly as the project's gateway does, fresh for every request.
 * When the issuer signs one passport per subgraph audience, only this function changes.
 */
export async function createPassportSource(config: GatewayConfig): Promise<(authorization: string | undefined) => Promise<PassportsForRequest>> {
  const verifyToken = createTokenVerifier(config);
  const { key } = await readPrivateKey(passportKeyFiles(config.dataRoot).privateKey);
  const issuer = new PassportIssuer({
    privateKey: key,
    grantSources: [config.subgraphUrls.families, config.subgraphUrls.volunteers].map((u) => besideGraphql(u, '/grants')),
    timeoutMs: config.limits.subgraphTimeoutMs,
  });
  return async (authorization) => {
    const passport = await issuer.issue(await verifyToken(authorization));
    return () => passport;
  };
}
