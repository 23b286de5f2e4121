import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Triage of help requests, family cases, and the family search's indexes. The search indexes are on
 * expressions (lower(...) with text_pattern_ops, for prefix LIKE), which TypeORM's entity metadata cannot
 * declare: they live here only, and TypeORM's schema diff does not see (or drop) expression indexes.
 */
export class HelpFlow1795460000000 implements MigrationInterface {
  name = 'HelpFlow1795460000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE "help_request" ADD "firstResponseAt" TIMESTAMP WITH TIME ZONE, ADD "firstResponseChannel" character varying(20), ADD "firstResponseOutcome" character varying(30), ADD "respondedBy" character varying(64), ADD "familyId" uuid, ADD "caseId" uuid`,
    );
    await q.query(`CREATE INDEX "IDX_help_request_familyId" ON "help_request" ("familyId") `);
    await q.query(
      `CREATE TABLE "family_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "openedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "openedBy" character varying(64) NOT NULL, "closedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_family_case" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_family_case_familyId" ON "family_case" ("familyId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_family_case_open_per_family" ON "family_case" ("familyId") WHERE "closedAt" IS NULL`);
    await q.query(`CREATE INDEX "IDX_family_search_display_name" ON "family" (lower("displayName") text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_family_search_address" ON "family" (lower("address") text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_person_search_last_name" ON "person" (lower("lastName") text_pattern_ops)`);
    await q.query(`CREATE INDEX "IDX_person_search_full_name" ON "person" (lower("firstName" || ' ' || "lastName") text_pattern_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_person_search_full_name"`);
    await q.query(`DROP INDEX "IDX_person_search_last_name"`);
    await q.query(`DROP INDEX "IDX_family_search_address"`);
    await q.query(`DROP INDEX "IDX_family_search_display_name"`);
    await q.query(`DROP INDEX "UQ_family_case_open_per_family"`);
    await q.query(`DROP INDEX "IDX_family_case_familyId"`);
    await q.query(`DROP TABLE "family_case"`);
    await q.query(`DROP INDEX "IDX_help_request_familyId"`);
    await q.query(
      `ALTER TABLE "help_request" DROP COLUMN "caseId", DROP COLUMN "familyId", DROP COLUMN "respondedBy", DROP COLUMN "firstResponseOutcome", DROP COLUMN "firstResponseChannel", DROP COLUMN "firstResponseAt"`,
    );
  }
}
