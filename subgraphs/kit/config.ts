import path from 'node:path';
import { readChoice, readPort, readUrl } from './env';
import { registeredSubgraph } from './registry';
import { envPrefix, type SubgraphName } from './services';

export interface SubgraphConfig {
  name: SubgraphName;
  port: number;
  /** A PostgreSQL server; without it the subgraph uses embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  seed: 'demo' | 'none';
  production: boolean;
}

const POSTGRES_PROTOCOLS = ['postgres:', 'postgresql:'];

export function dataRoot(env = process.env): string {
  return path.resolve(env.RINNALLA_DATA_DIR || '.data');
}

/** Reads and validates one subgraph's settings; `FAMILIES_PORT`, `FAMILIES_DATABASE_URL` or the shared `DATABASE_URL`. */
export function loadSubgraphConfig(name: SubgraphName, env = process.env): SubgraphConfig {
  const prefix = envPrefix(name);
  const defaults = registeredSubgraph(name, env);
  return {
    name,
    port: readPort(`${prefix}_PORT`, defaults.port, env),
    databaseUrl: readUrl(`${prefix}_DATABASE_URL`, env, POSTGRES_PROTOCOLS) ?? readUrl('DATABASE_URL', env, POSTGRES_PROTOCOLS),
    dataDir: path.join(dataRoot(env), name),
    seed: readChoice('RINNALLA_SEED', ['demo', 'none'] as const, 'demo', env),
    production: env.NODE_ENV === 'production',
  };
}

/** A subgraph's other HTTP endpoint beside its GraphQL one, e.g. `/grants` or `/access-log/verify`. */
export function besideGraphql(graphqlUrl: string, endpoint: string): string {
  return graphqlUrl.replace(/\/graphql$/, endpoint);
}

/** Where the gateway reaches each subgraph: `FAMILIES_URL`, or its registry routing URL (on `FAMILIES_PORT` when set). */
export function subgraphUrl(name: SubgraphName, env = process.env): string {
  const prefix = envPrefix(name);
  const defaults = registeredSubgraph(name, env);
  const url = new URL(defaults.routingUrl);
  url.port = String(readPort(`${prefix}_PORT`, defaults.port, env));
  return readUrl(`${prefix}_URL`, env, ['http:', 'https:']) ?? url.toString();
}
