import fs from 'node:fs';
import { DataSource, type Logger as OrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { Client } from 'pg';
import type { Logger } from './logger';
import { schemaName } from './services';
import { noteStatement } from './sql-count';

/** TypeORM logger that counts statements and logs failures by code only: SQL parameters may carry personal data. */
class StatementLogger implements OrmLogger {
  constructor(private readonly out: Logger) {}
  logQuery() {
    noteStatement();
  }
  logQueryError(error: string | Error) {
    const e = error as Error & { code?: string };
    this.out.error({ sqlState: e.code, kind: e.name }, 'sql statement failed');
  }
  logQuerySlow(time: number) {
    this.out.warn({ ms: time }, 'slow sql statement');
  }
  logSchemaBuild() {}
  logMigration(message: string) {
    this.out.info({ migration: message }, 'migration');
  }
  log() {}
}

export interface DatabaseOptions {
  service: string;
  databaseUrl?: string;
  dataDir: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  log: Logger;
}

/**
 * Opens the subgraph's own database and runs its migrations: a schema of its own on a
 * PostgreSQL server when a URL is given, otherwise an embedded PGlite in its data dir.
 */
export async function openDatabase(opts: DatabaseOptions): Promise<DataSource> {
  const common = {
    type: 'postgres' as const,
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsRun: true,
    migrationsTransactionMode: 'each' as const,
    synchronize: false,
    uuidExtension: 'pgcrypto' as const,
    installExtensions: false, // gen_random_uuid() is built in; concurrent CREATE EXTENSION races
    logging: ['query' as const, 'error' as const, 'migration' as const],
    logger: new StatementLogger(opts.log),
    maxQueryExecutionTime: 500,
  };
  let dataSource: DataSource;
  if (opts.databaseUrl) {
    const schema = schemaName(opts.service);
    await ensureSchema(opts.databaseUrl, schema);
    dataSource = new DataSource({
      ...common,
      url: opts.databaseUrl,
      // Unqualified names resolve in the subgraph's own schema, so migrations stay the same on PGlite.
      extra: { options: `-c search_path=${schema}`, max: 10 },
    });
  } else {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    dataSource = new DataSource({ ...common, driver: new PGliteDriver({ dataDir: opts.dataDir }).driver });
  }
  return dataSource.initialize();
}

async function ensureSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  } finally {
    await client.end();
  }
}
