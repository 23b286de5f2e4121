import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError } from 'graphql';
import { besideGraphql } from '../subgraphs/kit/config';
import { maskErrors } from '../subgraphs/kit/errors-format';
import { listen } from '../subgraphs/kit/listen';
import { createLogger } from '../subgraphs/kit/logger';
import { projectRoot } from '../subgraphs/kit/project-root';
import { passportKeyFiles, PASSPORT_HEADER } from '../subgraphs/kit/passport';
import { createTokenVerifier } from './auth';
import { graphiql } from './graphiql';
import { unavailableEntities } from './degrade';
import type { GatewayConfig } from './config';
import { readPrivateKey } from './keys';
import { PassportIssuer } from './passport/issuer';
import { trustedDocuments } from './trusted-documents';

export const SUPERGRAPH_FILE = path.join(projectRoot(), 'schema', 'supergraph.graphql');

interface GatewayContext {
  passport: string;
  requestId: string;
}

/**
 * Forwards the viewer's passport and the request id on every subgraph call, with a deadline.
 * An entity fetch from a subgraph that does not answer degrades to nulls and a coded error.
 */
class PassportDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource>[0],
  ) {
    super(options);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (!('passport' in context) || !context.passport) return;
    request.http?.headers.set(PASSPORT_HEADER, context.passport);
    request.http?.headers.set('x-request-id', context.requestId);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      const entities = unavailableEntities(options.request.query, options.request.variables);
      if (!entities) throw error;
      return {
        data: { _entities: entities },
        errors: [
          {
            message: `The ${this.serviceName} service is not answering; its data is missing from this response.`,
            extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName },
          },
        ] as never,
      };
    }
  }
}

export interface RunningGateway {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8')): Promise<RunningGateway> {
  const log = createLogger('gateway');
  const verifyToken = createTokenVerifier(config);
  const { key } = await readPrivateKey(passportKeyFiles(config.dataRoot).privateKey);
  const issuer = new PassportIssuer({
    privateKey: key,
    grantSources: [config.subgraphUrls.families, config.subgraphUrls.volunteers].map((u) => besideGraphql(u, '/grants')),
    timeoutMs: config.limits.subgraphTimeoutMs,
  });
  const timeoutFetch: typeof fetch = (input, init) => fetch(input, { ...init, signal: AbortSignal.timeout(config.limits.subgraphTimeoutMs) });

  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) =>
      new PassportDataSource(name, { url: config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']], fetcher: timeoutFetch as never }),
  });
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth },
    maxAliases: { n: config.limits.maxAliases },
    maxTokens: { n: config.limits.maxTokens },
    costLimit: { maxCost: config.limits.maxCost },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    csrfPrevention: true,
    ...armor,
    // No Apollo landing page (it loads Sandbox from a CDN): development gets GraphiQL from gateway/graphiql.ts.
    plugins: [...(armor.plugins ?? []), ApolloServerPluginLandingPageDisabled()],
    formatError: maskErrors(log),
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/health', (_req, res) => res.json({ status: 'ok', service: 'gateway' }));
  app.use(graphiql({ production: config.production, dataRoot: config.dataRoot }));
  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    ...trustedDocuments(process.env),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        let identity;
        try {
          identity = await verifyToken(req.headers.authorization);
        } catch {
          throw new GraphQLError('Sign in again: the request carries no valid token.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        // A caller's request id (for tracing across logs) is kept if it is plain; otherwise a new one.
        const given = req.header('x-request-id');
        const requestId = given && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
        return { passport: await issuer.issue(identity), requestId };
      },
    }),
  );
  // A body over the limit, or not JSON, is a client error with a code, never a stack trace.
  app.use((err: { type?: string; status?: number }, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const tooLarge = err.type === 'entity.too.large';
    res.status(tooLarge ? 413 : (err.status ?? 400)).json({
      errors: [{ message: tooLarge ? 'The request body is too large.' : 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  const http = await listen(app, config.port, 'GATEWAY_PORT');
  log.info({ port: config.port }, 'gateway ready');
  return {
    url: `http://localhost:${config.port}/graphql`,
    http,
    async stop() {
      await new Promise((r) => http.close(r));
      await apollo.stop();
    },
  };
}
