import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Logger } from './logger';

// The process's seed logger while `seedDemo` runs: a first start takes a while and shows its progress.
let progress: { log: Logger; rows: number } | undefined;

/** Bulk insert for demo seeding, in chunks that stay under PostgreSQL's parameter limit. */
export async function insertInChunks<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, rows: object[], size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await tx.getRepository(entity).insert(rows.slice(i, i + size) as never);
  }
  if (progress) {
    progress.rows += rows.length;
    progress.log.info({ table: tx.getRepository(entity).metadata.tableName, rows: rows.length }, 'seeding');
  }
}

/** Runs a subgraph's demo seed (which skips a seeded database) and logs its progress and total. */
export async function seedDemo(db: DataSource, seed: (db: DataSource) => Promise<void>, log: Logger): Promise<void> {
  const started = performance.now();
  progress = { log, rows: 0 };
  try {
    await seed(db);
    if (progress.rows > 0) log.info({ rows: progress.rows, ms: Math.round(performance.now() - started) }, 'seeded the demo municipality');
  } finally {
    progress = undefined;
  }
}
