import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795460000000 implements MigrationInterface {
  name = 'Initial1795460000000';

  async up(q: QueryRunner): Promise<void> {
    // The kit's access log, which every subgraph keeps in its own database.
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "family_activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "activity" character varying(80) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "placeName" character varying(120) NOT NULL, "placeAddress" character varying(200) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_624e94141ab5143b04418c58432" PRIMARY KEY ("id"))`,
    );
    // The timeline's lookup: a family's activities in the agenda window.
    await q.query(`CREATE INDEX "IDX_32ed7d585eab13b1e82fdca4b2" ON "family_activity"  ("familyId", "startsAt") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_32ed7d585eab13b1e82fdca4b2"`);
    await q.query(`DROP TABLE "family_activity"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
