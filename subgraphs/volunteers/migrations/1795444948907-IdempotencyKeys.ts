import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeys1795444948907 implements MigrationInterface {
  name = 'IdempotencyKeys1795444948907';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "idempotency_key" ("viewerId" character varying(64) NOT NULL, "key" character varying(100) NOT NULL, "action" character varying(40) NOT NULL, "inputHash" character(64) NOT NULL, "resultId" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_03c763b700ef7ea7450fa21fe1a" PRIMARY KEY ("viewerId", "key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
