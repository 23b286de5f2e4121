import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354954505 implements MigrationInterface {
  name = 'Initial1795354954505';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "housing_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "alertType" character varying(20) NOT NULL, "openedOn" date NOT NULL, "outcome" character varying(12), "version" integer NOT NULL, CONSTRAINT "PK_787e36e7aaaa8d5b6f9c788cd47" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_ef54069aa0750f35a0a706b254" ON "housing_case"  ("familyId") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_ef54069aa0750f35a0a706b254"`);
    await q.query(`DROP TABLE "housing_case"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
