import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { DemoUserRole } from '../../demo/municipality';
import { devToken } from '../../gateway/dev-token';
import { envPrefix, SUBGRAPHS } from '../../subgraphs/kit/services';
import { TEST_PORT_BASE } from './global-setup';

export const gatewayUrl = () => process.env.RINNALLA_TEST_GATEWAY!;
export const dataDir = () => process.env.RINNALLA_TEST_DATA_DIR!;
/** The registered providers of the timeline (`agenda_source` in the registry). */
export const AGENDA_PROVIDERS = SUBGRAPHS.filter((s) => s.agendaSource);

export const subgraphUrl = (name: string) => `http://127.0.0.1:${TEST_PORT_BASE + 1 + SUBGRAPHS.findIndex((s) => s.name === name)}/graphql`;

/** Env for a second, in-process gateway over the test subgraphs; `replace` points some elsewhere. */
export function testSubgraphEnv(replace: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { RINNALLA_DATA_DIR: dataDir() };
  for (const { name } of SUBGRAPHS) env[`${envPrefix(name)}_URL`] = replace[name] ?? subgraphUrl(name);
  return env;
}

/** The per-run PostgreSQL database, set by the global setup for a PostgreSQL run only (empty on PGlite). */
export const testDatabase = () => process.env.RINNALLA_TEST_DATABASE ?? '';
/** A describe block that runs on the PostgreSQL run only, and says so when skipped. */
export const onPostgres = (name: string, fn: () => void) =>
  testDatabase() ? describe(name, fn) : describe.skip(`${name} [skipped: PostgreSQL only, set RINNALLA_TEST_DATABASE_URL]`, fn);

export const tokenFor = (role: DemoUserRole, sub?: string) => devToken(dataDir(), role, { sub });

export interface GraphQLResponse<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, any> }>;
  requestId: string;
}

/** Posts a GraphQL operation to the gateway (or `url`) as a client would. */
export async function gql<T = Record<string, any>>(
  query: string,
  opts: { token?: string; variables?: Record<string, unknown>; url?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<T>> {
  const requestId = randomUUID();
  const res = await fetch(opts.url ?? gatewayUrl(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-request-id': requestId,
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify({ query, variables: opts.variables }),
  });
  const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status' | 'requestId'>;
  return { status: res.status, ...body, requestId };
}

/** SQL statements each subgraph logged for one request id (summed over the subgraph's calls). */
export async function sqlStatementsFor(requestId: string): Promise<Record<string, number>> {
  await new Promise((r) => setTimeout(r, 300)); // the count is logged when the response finishes
  const counts: Record<string, number> = {};
  for (const { name } of SUBGRAPHS) {
    const lines = fs.readFileSync(path.join(dataDir(), 'logs', `${name}.log`), 'utf8').split('\n');
    for (const line of lines) {
      if (!line.includes(requestId)) continue;
      counts[name] = (counts[name] ?? 0) + JSON.parse(line).sqlStatements;
    }
  }
  return counts;
}

export const HEADLINE = `query CompanionAgenda {
  myFamilies {
    id
    displayName
    agenda { source title startsAt endsAt status location { name address } }
  }
}`;
