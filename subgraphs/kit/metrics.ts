import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import type { Step } from './graphql-endpoint';
import { collectDefaultMetrics, Counter, Gauge, Histogram, register } from 'prom-client';

/**
 * Prometheus metrics for one process, served at `/metrics`. Labels are the service, the operation
 * name, HTTP status and error code only: never an id, a variable or anything about a family.
 */
collectDefaultMetrics({ prefix: 'rinnalla_' });

const requests = new Counter({
  name: 'rinnalla_requests_total',
  help: 'GraphQL requests served, by service, operation name and HTTP status',
  labelNames: ['service', 'operation', 'status'] as const,
});
const duration = new Histogram({
  name: 'rinnalla_request_duration_seconds',
  help: 'GraphQL request latency, by service and operation name',
  labelNames: ['service', 'operation'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
});
const errors = new Counter({
  name: 'rinnalla_graphql_errors_total',
  help: 'GraphQL errors in responses, by the serving process, error code and the subgraph an error names',
  labelNames: ['service', 'code', 'subgraph'] as const,
});
const accessLogAppends = new Counter({
  name: 'rinnalla_access_log_appends_total',
  help: 'Entries appended to the access-log hash chain',
  labelNames: ['service'] as const,
});

/** The operation a GraphQL POST names: `operationName`, else the first named operation in the query. */
export function operationName(body: unknown): string | undefined {
  const { operationName: named, query } = (body ?? {}) as { operationName?: unknown; query?: unknown };
  if (typeof named === 'string' && named) return named;
  if (typeof query === 'string') return /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(query)?.[1];
  return undefined;
}

// Operation names come from clients: only plain names, and only so many, become label values.
const MAX_OPERATIONS = 200;
const operations = new Set<string>();
function operationLabel(name: unknown): string {
  if (typeof name !== 'string' || name === '') return 'anonymous';
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,99}$/.test(name)) return 'other';
  if (operations.has(name)) return name;
  if (operations.size >= MAX_OPERATIONS) return 'other';
  operations.add(name);
  return name;
}

/** Counts and times each request on the route it is mounted on (after the JSON body is parsed). */
export function countRequests(service: string): Step {
  return (req, res, next) => {
    const stop = duration.startTimer();
    res.once('finish', () => {
      const operation = operationLabel(operationName(req.body));
      requests.inc({ service, operation, status: res.statusCode });
      stop({ service, operation });
    });
    next();
  };
}

/** Counts every error a response carries, by code; the gateway's degraded answers name their subgraph. */
export function errorMetricsPlugin(service: string): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors: list }) {
          for (const e of list) {
            const code = typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
            const subgraph = typeof e.extensions?.service === 'string' ? e.extensions.service : '';
            errors.inc({ service, code: code.slice(0, 40), subgraph: subgraph.slice(0, 40) });
          }
        },
      };
    },
  };
}

export function countAccessLogAppends(service: string, entries: number): void {
  accessLogAppends.inc({ service }, entries);
}

type Pool = { totalCount: number; idleCount: number; waitingCount: number };
const pools = new Map<string, Pool>();
new Gauge({
  name: 'rinnalla_db_pool_connections',
  help: 'Database pool connections by state (PostgreSQL only; PGlite has one connection)',
  labelNames: ['service', 'state'] as const,
  collect() {
    for (const [service, pool] of pools) {
      this.set({ service, state: 'total' }, pool.totalCount);
      this.set({ service, state: 'idle' }, pool.idleCount);
      this.set({ service, state: 'waiting' }, pool.waitingCount);
    }
  },
});

/** Reports a PostgreSQL pool's (pg's `Pool`) connections whenever Prometheus scrapes. */
export function observePool(service: string, pool: Pool): void {
  pools.set(service, pool);
}

/** `/metrics` in Prometheus' text format. */
export async function metricsEndpoint(_req: Request, res: Response): Promise<void> {
  res.type(register.contentType).send(await register.metrics());
}
