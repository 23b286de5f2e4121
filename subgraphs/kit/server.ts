import './registry-check';
import './graphql-production';
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import type { DataSource } from 'typeorm';
import { AccessLogEntry } from './access-log/access-log-entry';
import { ChainWriter } from './access-log/chain-writer';
import { AccessRecorder } from './access-log/recorder';
import { verifyStoredChain } from './access-log/stored-chain';
import { dataRoot, loadSubgraphConfig, type SubgraphConfig } from './config';
import type { SubgraphContext } from './context';
import { openDatabase } from './database';
import { graphqlEndpoint, refuse, type Step } from './graphql-endpoint';
import { badInputAnswered, maskErrors } from './errors-format';
import { Loaders } from './loaders';
import { createLogger, type Logger } from './logger';
import { PASSPORT_HEADER, passportKeys, PassportVerifier, type Grant, type Passport } from './passport';
import { buildFederatedSchema, type FederatedSchemaOptions } from './schema';
import { envPrefix, type SubgraphName } from './services';
import { holdPort } from './listen';
import { readyEndpoint } from './health';
import { countRequests, errorMetricsPlugin, metricsEndpoint } from './metrics';
import { logProcessFailures } from './process';
import { seedDemo } from './seed';
import { traceRequests } from './tracing';
import { countingStatements } from './sql-count';
import { Viewer } from './viewer';

export interface SubgraphDefinition extends FederatedSchemaOptions {
  name: SubgraphName;
  entities: Function[];
  migrations: Function[];
  /** Seeds this subgraph's slice of the demo municipality into an empty database. */
  seed?: (db: DataSource) => Promise<void>;
  /** Grants this subgraph's data gives a person (guardianship, consent); asked by the passport issuer. */
  grants?: (db: DataSource, person: { sub: string; roles: string[] }) => Promise<Grant[]>;
}

export interface RunningSubgraph {
  config: SubgraphConfig;
  db: DataSource;
  http: Server;
  stop(): Promise<void>;
}

const ACCESS_LOG_UNAVAILABLE = {
  message: 'The access log could not be written, so this data was withheld. Try again shortly.',
  extensions: { code: 'SERVICE_UNAVAILABLE' },
};

const passports = new WeakMap<IncomingMessage, Passport>();
const requestIds = new WeakMap<IncomingMessage, string>();

/** The verified passport of a request that passed `requirePassport`. */
const passportOf = (req: IncomingMessage) => passports.get(req)!;

/**
 * Reads and verifies the gateway's passport; nothing in a subgraph is reachable without one.
 * A passport is for one subgraph (its audience): one replayed from another subgraph is refused.
 */
function requirePassport(verifier: PassportVerifier): Step {
  return async (req, res, next) => {
    const token = req.headers[PASSPORT_HEADER];
    if (typeof token !== 'string' || !token) return refuse(res, 401, 'Subgraphs answer only the gateway: no passport.', 'UNAUTHENTICATED');
    let passport: Passport;
    try {
      passport = await verifier.verify(token);
    } catch {
      return refuse(res, 401, 'The passport is invalid or expired.', 'UNAUTHENTICATED');
    }
    passports.set(req, passport);
    next();
  };
}

/** Names each call by the gateway's request id, counts its SQL statements and logs it (id, status, count, time; no data). */
function logRequests(log: Logger): Step {
  return (req, res, next) => {
    const started = performance.now();
    const given = req.headers['x-request-id'];
    const requestId = (typeof given === 'string' && given.slice(0, 64)) || randomUUID();
    requestIds.set(req, requestId);
    res.setHeader('x-request-id', requestId);
    const { count } = countingStatements(next);
    res.once('finish', () => log.info({ requestId, status: res.statusCode, sqlStatements: count(), ms: Math.round(performance.now() - started) }, 'request'));
  };
}

/** Starts one subgraph process: database and migrations, demo seed, health, grants and GraphQL. */
export async function startSubgraph(def: SubgraphDefinition, env = process.env): Promise<RunningSubgraph> {
  const config = loadSubgraphConfig(def.name, env);
  const log = createLogger(def.name);
  // The port first: a second copy stops here, before it opens (and could damage) the database.
  const held = await holdPort(config.port, `${envPrefix(def.name)}_PORT`);
  const passportVerifier = new PassportVerifier(passportKeys(dataRoot(env), env), def.name);
  const db = await openDatabase({
    service: def.name,
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    entities: [...def.entities, AccessLogEntry],
    migrations: def.migrations,
    log,
  });
  if (config.seed === 'demo' && def.seed) await seedDemo(db, def.seed, log);
  const accessLog = new ChainWriter(db, log);

  const { schema } = await buildFederatedSchema(def);
  const apollo = new ApolloServer<SubgraphContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    logger: log,
    // A bad variable (say 2027-02-30) must reach the client as BAD_USER_INPUT; an HTTP 400 would reach the gateway as a failed fetch.
    status400ForVariableCoercionErrors: false,
    formatError: maskErrors(log),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      badInputAnswered,
      // Without it every field's resolver is wrapped to compute cache hints nobody reads.
      ApolloServerPluginCacheControlDisabled(),
      errorMetricsPlugin(def.name),
      {
        async requestDidStart() {
          return {
            // No data leaves without its log entry: if the entries cannot be committed, the answer is withheld.
            async willSendResponse({ contextValue, response }) {
              try {
                await contextValue.access.flush(accessLog);
              } catch {
                response.http.status = 503;
                response.body = { kind: 'single', singleResult: { errors: [ACCESS_LOG_UNAVAILABLE] } };
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false); // only the gateway reads these answers: no need to hash every body
  app.get('/health', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', service: def.name });
    } catch {
      res.status(503).json({ status: 'unavailable', service: def.name });
    }
  });
  app.get(
    '/ready',
    readyEndpoint(def.name, () =>
      db.query('SELECT 1').then(
        () => [],
        () => ['database'],
      ),
    ),
  );
  app.get('/metrics', metricsEndpoint);
  const passport = requirePassport(passportVerifier);
  app.post('/grants', express.json({ limit: '4kb' }), passport, async (req, res) => {
    const caller = passportOf(req);
    const { sub, roles } = (req.body ?? {}) as { sub?: unknown; roles?: unknown };
    if (!caller.roles.includes('system') || typeof sub !== 'string' || !Array.isArray(roles)) {
      return res.status(403).json({ error: 'only the passport issuer asks for grants' });
    }
    res.json({ grants: def.grants ? await def.grants(db, { sub, roles }) : [] });
  });
  // The hash-chain check behind `npm run verify-access-log`; for the gateway's key or a data protection officer.
  app.get('/access-log/verify', passport, async (req, res) => {
    const caller = passportOf(req);
    if (!caller.roles.includes('system') && !caller.roles.includes('data-protection-officer')) {
      return res.status(403).json({ error: 'only a data protection officer verifies the access log' });
    }
    try {
      const { entries, firstBreak } = await verifyStoredChain(db);
      res.json({ service: def.name, entries, intact: !firstBreak, ...(firstBreak && { firstBreak }) });
    } catch (error) {
      log.error({ kind: (error as Error).name }, 'access-log verification failed');
      res.status(503).json({ error: 'the access log could not be read; try again' });
    }
  });
  const graphql = graphqlEndpoint({
    apollo,
    // Only the gateway calls here, and `Family.accessLog` brings every part's entries for a family through `@requires`:
    // a family with a long log needs a body far above the gateway's client limit.
    maxBodyBytes: 8 * 1024 * 1024,
    steps: [traceRequests(def.name, env), countRequests(def.name), passport, logRequests(log)],
    context: async (req) => {
      const viewer = new Viewer(passportOf(req));
      const requestId = requestIds.get(req)!;
      return { viewer, db, loaders: new Loaders(), access: new AccessRecorder(viewer, def.name, requestId), requestId };
    },
  });

  held.serve((req, res) => (req.url === '/graphql' || req.url?.startsWith('/graphql?') ? graphql(req, res) : app(req, res)));
  const http = held.server;
  log.info({ port: config.port, database: config.databaseUrl ? 'postgresql' : 'pglite' }, 'subgraph ready');
  return {
    config,
    db,
    http,
    async stop() {
      await new Promise((r) => http.close(r));
      await apollo.stop();
      await db.destroy();
    },
  };
}

/** Entry point for a subgraph's own process: start, and stop cleanly on SIGINT/SIGTERM. */
export function runSubgraph(def: SubgraphDefinition): void {
  const log: Logger = createLogger(def.name);
  logProcessFailures(log);
  startSubgraph(def).then(
    (running) => {
      const shutdown = () =>
        running.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error: Error) => {
      if (error.name === 'ConfigError') log.fatal({ kind: error.name }, error.message);
      else log.fatal({ kind: error.name, stack: error.stack }, 'subgraph failed to start');
      process.exit(1);
    },
  );
}
