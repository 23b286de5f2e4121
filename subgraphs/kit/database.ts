import fs from 'node:fs';
import { DataSource, type Logger as OrmLogger, type MixedList, type EntitySchema } from 'typeorm';
import { PGlite } from '@electric-sql/pglite';
import { getPGliteInstance, PGliteDriver } from 'typeorm-pglite';
import { Client } from 'pg';
import { badConfig } from './config-error';
import type { Logger } from './logger';
import { observePool } from './metrics';
import { PreparingClient } from './pg-prepared';
import { queryInOneCall } from './pglite-one-call';
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
  let release = () => {};
  if (opts.databaseUrl) {
    const schema = schemaName(opts.service);
    await ensureSchema(opts.databaseUrl, schema);
    dataSource = new DataSource({
      ...common,
      url: opts.databaseUrl,
      // Unqualified names resolve in the subgraph's own schema, so migrations stay the same on PGlite.
      extra: { options: `-c search_path=${schema}`, max: 10, Client: PreparingClient },
    });
  } else {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    release = lockDataDir(opts.dataDir);
    // PostgreSQL's default 128 MB of shared buffers is touched when the embedded database starts, in every
    // subgraph: a development federation's data fits in 16 MB, and the kernel caches the files behind them.
    const startParams = [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'];
    dataSource = new DataSource({ ...common, driver: new PGliteDriver({ dataDir: opts.dataDir, startParams }).driver });
  }
  const started = performance.now();
  opts.log.info({ database: opts.databaseUrl ? 'postgresql' : 'pglite' }, 'opening the database');
  try {
    await dataSource.initialize();
  } catch (error) {
    release();
    throw error;
  }
  if (!opts.databaseUrl) queryInOneCall(await getPGliteInstance());
  opts.log.info({ ms: Math.round(performance.now() - started) }, 'database open');
  const pool = (dataSource.driver as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master;
  if (opts.databaseUrl && pool) observePool(opts.service, pool);
  const destroy = dataSource.destroy.bind(dataSource);
  dataSource.destroy = () => destroy().finally(release);
  return dataSource;
}

const heldLocks = new Set<string>();

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One opener per PGlite data directory: two processes in one directory corrupt it (a later start then
 * fails with `RuntimeError: Aborted()`). The lock file `<dir>.lock` holds the owner's pid; a lock whose
 * owner is gone (a crash, SIGKILL) is taken over. Returns the release, also run when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(file, 'utf8'));
      const ours = owner === process.pid && heldLocks.has(file);
      if (ours || (owner !== process.pid && Number.isInteger(owner) && owner > 0 && alive(owner))) {
        throw badConfig(
          `The database in ${dataDir} is already open ${ours ? 'in this process' : `in process ${owner}`}; stop that process first, or set RINNALLA_DATA_DIR.`,
        );
      }
      fs.rmSync(file, { force: true }); // stale: its owner is gone
      continue;
    }
    heldLocks.add(file);
    const release = () => {
      if (!heldLocks.delete(file)) return;
      fs.rmSync(file, { force: true });
      process.off('exit', release);
    };
    process.on('exit', release);
    return release;
  }
  throw badConfig(`Could not lock the database in ${dataDir}: another process keeps taking it.`);
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
