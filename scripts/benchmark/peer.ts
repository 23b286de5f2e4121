/**
 * A peer gateway for the benchmark, in a process of its own so its CPU and memory can be read:
 * `node dist/scripts/benchmark/peer.js <apollo|hive|hive-rust>`, on BENCH_PEER_PORT, over the
 * subgraphs the env names. Each gets the passport the project's gateway would sign, per request.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { loadGatewayConfig } from '../../gateway/config';
import { SUPERGRAPH_FILE } from '../../gateway/server';
import { PASSPORT_HEADER } from '../../subgraphs/kit/passport';
import { createPassportSource, type PassportsForRequest } from './passport';
import { PEERS, type Peer } from './targets';

interface PeerContext {
  passports: PassportsForRequest;
}

/** The committed supergraph with each subgraph's URL replaced by the one this run uses. */
function supergraphFor(urls: Record<string, string>): string {
  return fs
    .readFileSync(SUPERGRAPH_FILE, 'utf8')
    .replace(/@join__graph\(name: "([^"]+)", url: "[^"]*"\)/g, (_, name: string) => `@join__graph(name: "${name}", url: "${urls[name]}")`);
}

async function main() {
  const peer = process.argv[2] as Peer;
  if (!PEERS.includes(peer)) throw new Error(`usage: peer.js <${PEERS.join('|')}>`);
  const port = Number(process.env.BENCH_PEER_PORT);
  const config = loadGatewayConfig();
  const passportsFor = await createPassportSource(config);
  const urls: Record<string, string> = config.subgraphUrls;
  const supergraphSdl = supergraphFor(urls);

  if (peer === 'apollo') {
    // Stock @apollo/gateway and @apollo/server with their defaults; only the passport header is added.
    class PassportDataSource extends RemoteGraphQLDataSource<PeerContext> {
      constructor(
        private readonly subgraph: string,
        url: string,
      ) {
        super({ url });
      }
      override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<PeerContext>) {
        if ('passports' in context) request.http?.headers.set(PASSPORT_HEADER, context.passports(this.subgraph));
      }
    }
    const gateway = new ApolloGateway({ supergraphSdl, buildService: ({ name, url }) => new PassportDataSource(name, url!) });
    const server = new ApolloServer<PeerContext>({ gateway });
    await startStandaloneServer(server, { listen: { port }, context: async ({ req }) => ({ passports: await passportsFor(req.headers.authorization) }) });
  } else {
    // The passport goes into the subgraph request's `extensions.headers`, not into `onFetch`: Hive's
    // executor merges in-flight subgraph requests by URL and body, and counts headers in that key only
    // when they arrive this way. Set in `onFetch`, two companions' identical `me { … }` calls were merged
    // and one companion was answered with the other's families.
    const passportPlugin: GatewayPlugin<PeerContext> = {
      onContextBuilding: async ({ context, extendContext }) => {
        extendContext({ passports: await passportsFor(context.request.headers.get('authorization') ?? undefined) });
      },
      onSubgraphExecute: ({ subgraphName, executionRequest }) => {
        const context = executionRequest.context;
        if (!context || !('passports' in context) || !context.passports) return;
        const extensions = (executionRequest.extensions ??= {});
        extensions['headers'] = { ...(extensions['headers'] as Record<string, string> | undefined), [PASSPORT_HEADER]: context.passports(subgraphName) };
      },
    };
    // Loaded only here, so each peer's memory is its own.
    const { createGatewayRuntime } = await import('@graphql-hive/gateway-runtime');
    const runtime = createGatewayRuntime<PeerContext>({
      supergraph: supergraphSdl,
      logging: 'error', // into the peer's log file, so a broken run says why
      plugins: () => [passportPlugin],
      ...(peer === 'hive-rust' ? { unifiedGraphHandler: (await import('@graphql-hive/router-runtime')).unifiedGraphHandler } : {}),
    });
    await new Promise<void>((resolve) => http.createServer(runtime).listen(port, resolve));
  }
  process.send?.('ready');
}

main().catch((error: Error) => {
  console.error(`peer gateway failed: ${error.stack}`);
  process.exit(1);
});
