import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IdempotencyKeysOneOpenCase1795444993838 implements MigrationInterface {
  name = 'IdempotencyKeysOneOpenCase1795444993838';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "idempotency_key" ("viewerId" character varying(64) NOT NULL, "key" character varying(100) NOT NULL, "action" character varying(40) NOT NULL, "inputHash" character(64) NOT NULL, "resultId" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_03c763b700ef7ea7450fa21fe1a" PRIMARY KEY ("viewerId", "key"))`,
    );
    // Fails while a family has two open cases (the old race): close the extra ones by hand first.
    await q.query(`CREATE UNIQUE INDEX "UQ_housing_case_open_per_family" ON "housing_case"  ("familyId") WHERE "outcome" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_housing_case_open_per_family"`);
    await q.query(`DROP TABLE "idempotency_key"`);
  }
}
