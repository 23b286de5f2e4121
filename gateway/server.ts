import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { GraphQLError, type ValidationContext } from 'graphql';
import { besideGraphql } from '../subgraphs/kit/config';
import { badConfig } from '../subgraphs/kit/config-error';
import { clientCode, GENERIC_ERROR_MESSAGE, maskError } from '../subgraphs/kit/errors-format';
import { notAnswering, readyEndpoint } from '../subgraphs/kit/health';
import { listen } from '../subgraphs/kit/listen';
import { createLogger } from '../subgraphs/kit/logger';
import { projectRoot } from '../subgraphs/kit/project-root';
import { countRequests, errorMetricsPlugin, metricsEndpoint } from '../subgraphs/kit/metrics';
import { PASSPORT_HEADER, PASSPORT_JWKS_PATH } from '../subgraphs/kit/passport';
import { injectTraceContext, REQUEST_ID_ATTRIBUTE, traceCall, traceRequests } from '../subgraphs/kit/tracing';
import { createTokenVerifier } from './auth';
import { callFailure, unavailableEntities } from './degrade';
import { graphiql } from './graphiql';
import type { GatewayConfig } from './config';
import { PassportKeyRing } from './keys';
import { passportIssuerFor } from './passport/issuer';
import { ANONYMOUS, isPublicOperation, publicRateLimiter } from './public-operations';
import { subgraphFetcher } from './subgraph-agent';
import { shippedPlanCache } from './warm-plans';
import { trustedDocuments } from './trusted-documents';

export const SUPERGRAPH_FILE = path.join(projectRoot(), 'schema', 'supergraph.graphql');

/**
 * The gateway routes by the registry (and `<PREFIX>_URL`), never by the URLs composed into the supergraph:
 * every graph the supergraph names must be registered, or the gateway does not start.
 */
export function assertRoutable(supergraphSdl: string, config: Pick<GatewayConfig, 'subgraphUrls'>): void {
  const graphs = [...supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)"/g)].map((m) => m[1]);
  const unknown = graphs.filter((name) => !config.subgraphUrls[name]);
  if (unknown.length) {
    throw badConfig(
      `[REGISTRY_INVALID] the supergraph names subgraph(s) the registry does not: ${unknown.join(', ')}. Register them, or run \`npm run compose\`.`,
    );
  }
}

interface GatewayContext {
  /** Signs (or reuses) the viewer's passport for one subgraph, on the first call to it. */
  passportFor(subgraph: string): Promise<string>;
  requestId: string;
}

type Log = ReturnType<typeof createLogger>;

/**
 * The one place every subgraph call goes through. Forwards the viewer's passport and the request id
 * with a deadline, and logs each failed call (service, request id, kind, status; no data). A subgraph
 * that cannot be reached degrades to nulls and a coded SUBGRAPH_UNAVAILABLE; one that answered with
 * an error has its coded errors passed on, and anything else masked by `formatError`.
 */
class PassportDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    private readonly log: Log,
    options: ConstructorParameters<typeof RemoteGraphQLDataSource>[0],
  ) {
    super(options);
  }

  /**
   * What `RemoteGraphQLDataSource.process` does for one call, without the node-fetch `Headers` and
   * `Request` objects it builds and never sends (our fetcher takes plain headers): about 5 % of the
   * gateway's CPU. Adds the passport and request id; a non-2xx answer is an error, as there.
   */
  private async send({ request, context, ...options }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const headers: Record<string, string> = {};
    for (const [name, value] of request.http?.headers ?? []) headers[name] = value;
    headers['content-type'] = 'application/json';
    if ('passportFor' in context) {
      headers[PASSPORT_HEADER] = await context.passportFor(this.serviceName);
      headers['x-request-id'] = context.requestId;
    }
    injectTraceContext({ set: (name, value) => (headers[name] = value) });
    const { http: _http, ...operation } = request;
    const response = await this.fetcher(this.url, { method: 'POST', headers, body: JSON.stringify(operation) });
    if (!response.ok) throw await this.errorFromResponse(response);
    const body = await this.parseBody(response);
    if (typeof body !== 'object' || body === null) throw new Error(`Expected JSON response body, but received: ${body}`);
    // Subgraphs send no cache hints (the kit turns cache control off), so no answer of the gateway is cacheable.
    if ('incomingRequestContext' in options) options.incomingRequestContext.overallCachePolicy?.restrict({ maxAge: 0 });
    return { ...body, http: response } as GatewayGraphQLResponse;
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const requestId = 'requestId' in options.context ? options.context.requestId : undefined;
    return traceCall(`subgraph ${this.serviceName}`, { 'rinnalla.subgraph': this.serviceName, ...(requestId && { [REQUEST_ID_ATTRIBUTE]: requestId }) }, () =>
      this.degrading(options),
    );
  }

  private async degrading(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await this.send(options);
    } catch (error) {
      // Refused before the call (say PASSPORT_TOO_LARGE): the client's answer, not the subgraph's failure.
      if (error instanceof GraphQLError && clientCode(error)) return { errors: [{ message: error.message, extensions: error.extensions }] as never };
      const failure = callFailure(error);
      const requestId = 'requestId' in options.context ? options.context.requestId : undefined;
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      this.log.error({ service: this.serviceName, requestId, kind: failure.kind, status: failure.status, cause }, 'subgraph call failed');
      if (failure.kind === 'unreachable' || failure.kind === 'timeout') return this.unavailable(options);
      const coded = failure.kind === 'error-status' ? failure.errors?.filter((e) => clientCode(e)) : undefined;
      return { errors: (coded?.length ? coded : [{ message: GENERIC_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } }]) as never };
    }
  }

  private unavailable(options: GraphQLDataSourceProcessOptions<GatewayContext>): GatewayGraphQLResponse {
    const entities = unavailableEntities(options.request.query, options.request.variables);
    const error = {
      message: `The ${this.serviceName} service is not answering; its data is missing from this response.`,
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.serviceName },
    };
    return { ...(entities && { data: { _entities: entities } }), errors: [error] as never };
  }
}

/**
 * Apollo Server hooks for what its options cannot say: an unknown `operationName` is the client's
 * mistake; an operation over a limit is refused with the limit's error alone, not one error per
 * offending node beside it; and every masked error is logged with the request id and the subgraph.
 */
function refusalsAndErrorLog(log: Log): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation) return;
          throw new GraphQLError(
            request.operationName
              ? `The document has no operation named "${request.operationName}".`
              : 'The document has several operations; name one in operationName.',
            {
              extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
            },
          );
        },
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            if (clientCode(error)) continue;
            const service = (error.extensions?.serviceName as string | undefined) ?? 'gateway';
            log.error(
              { service, requestId: contextValue.requestId, kind: error.originalError?.name ?? error.name, code: error.extensions?.code, path: error.path },
              'unexpected error',
            );
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const refusals = response.body.singleResult.errors?.filter((e) => e.extensions?.limit);
          if (refusals?.length) response.body.singleResult.errors = refusals;
        },
      };
    },
  };
}

/** An armor limit reports one coded error that names the limit (see `refusalsAndErrorLog`). */
function refuseAt(limit: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit } })),
    ],
  };
}

export interface RunningGateway {
  url: string;
  http: Server;
  stop(): Promise<void>;
}

export async function startGateway(config: GatewayConfig, supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8')): Promise<RunningGateway> {
  const log = createLogger('gateway');
  assertRoutable(supergraphSdl, config);
  const verifyToken = createTokenVerifier(config);
  const passportKeys = PassportKeyRing.open(config.dataRoot);
  const issuer = passportIssuerFor(config, passportKeys, supergraphSdl, log);
  const fetcher = subgraphFetcher(config.limits.subgraphTimeoutMs);
  const plans = shippedPlanCache();
  const publicLimiter = publicRateLimiter(config.publicRateLimit);
  await publicLimiter.ready; // replicas count together from the first request

  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: plans.cache },
    logger: log,
    buildService: ({ name }) => new PassportDataSource(name, log, { url: config.subgraphUrls[name], fetcher: fetcher as never }),
  });
  gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => plans.warm(coreSupergraphSdl));
  // The token limit is Apollo Server's own parse option: armor's token plugin turns syntax errors into 500s (graphql-armor #571, #751).
  const armor = new ApolloArmor({
    maxDepth: { n: config.limits.maxDepth, ...refuseAt('depth') },
    maxAliases: { n: config.limits.maxAliases, ...refuseAt('aliases') },
    maxTokens: { enabled: false },
    costLimit: { maxCost: config.limits.maxCost, ...refuseAt('cost') },
    maxDirectives: { n: 20, ...refuseAt('directives') },
    blockFieldSuggestion: { enabled: config.production },
  }).protect();
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    logger: log,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.limits.maxTokens },
    ...armor,
    // No Apollo landing page (it loads Sandbox from a CDN): development gets GraphiQL from gateway/graphiql.ts.
    plugins: [...armor.plugins, refusalsAndErrorLog(log), errorMetricsPlugin('gateway'), ApolloServerPluginLandingPageDisabled()],
    formatError: maskError,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);
  // Every response names its request id, refusals included, so a user's report finds the log lines.
  app.use((req, res, next) => {
    const given = req.header('x-request-id');
    // A caller's request id (for tracing across logs) is kept if it is plain; otherwise a new one.
    res.locals.requestId = given && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
    res.setHeader('x-request-id', res.locals.requestId as string);
    next();
  });
  app.get('/health', (_req, res) => res.json({ status: 'ok', service: 'gateway' }));
  // Subgraphs fetch the passport keys here and again when a passport names a key they have not seen.
  app.get(PASSPORT_JWKS_PATH, (_req, res) => res.set('cache-control', 'public, max-age=60').json(passportKeys.jwks()));
  const subgraphHealth = Object.fromEntries(Object.entries(config.subgraphUrls).map(([name, url]) => [name, besideGraphql(url, '/health')]));
  app.get(
    '/ready',
    readyEndpoint('gateway', () => notAnswering(subgraphHealth, Math.min(config.limits.subgraphTimeoutMs, 2000))),
  );
  app.get('/metrics', metricsEndpoint);
  app.use(graphiql({ production: config.production, dataRoot: config.dataRoot }));
  app.use(
    '/graphql',
    express.json({ limit: config.limits.bodyBytes }),
    traceRequests('gateway'),
    countRequests('gateway'),
    ...trustedDocuments(process.env),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = res.locals.requestId as string;
        if (!req.headers.authorization && isPublicOperation(req.body, config.limits.maxTokens)) {
          await publicLimiter.consume(req.ip ?? 'unknown').catch((error: GraphQLError) => {
            if (error.extensions?.code === 'RATE_LIMITED') res.setHeader('retry-after', String(error.extensions.retryAfterSeconds));
            throw error;
          });
          return { passportFor: (subgraph: string) => issuer.passport(ANONYMOUS, subgraph), requestId };
        }
        let identity;
        try {
          identity = await verifyToken(req.headers.authorization);
        } catch {
          throw new GraphQLError('Sign in again: the request carries no valid token.', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        try {
          const grants = await issuer.grants(identity);
          return { passportFor: (subgraph: string) => issuer.passport(grants, subgraph), requestId };
        } catch (error) {
          log.error({ service: 'passport-issuer', requestId, kind: (error as Error).name }, 'passport not issued');
          throw new GraphQLError('Your access rights cannot be checked right now. Try again in a moment.', {
            extensions: { code: 'SERVICE_UNAVAILABLE', service: 'passport-issuer', http: { status: 503 } },
          });
        }
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
      await publicLimiter.close();
    },
  };
}
