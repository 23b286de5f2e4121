import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** Bulk insert for demo seeding, in chunks that stay under PostgreSQL's parameter limit. */
export async function insertInChunks<T extends ObjectLiteral>(tx: EntityManager, entity: EntityTarget<T>, rows: object[], size = 500): Promise<void> {
  for (let i = 0; i < rows.length; i += size) {
    await tx.getRepository(entity).insert(rows.slice(i, i + size) as never);
  }
}
