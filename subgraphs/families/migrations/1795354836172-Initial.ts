import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354836172 implements MigrationInterface {
  name = 'Initial1795354836172';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "role" character varying(10) NOT NULL, "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "hetu" character varying(11) NOT NULL, "phone" character varying(16), "email" character varying(254), CONSTRAINT "UQ_07f27a5a2308a02699f90b38c79" UNIQUE ("hetu"), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_0c1da4a2636be3b0512fa1ceaa" ON "person"  ("familyId") `);
    await q.query(
      `CREATE TABLE "family" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "displayName" character varying(120) NOT NULL, "address" character varying(200), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_ba386a5a59c3de8593cda4e5626" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `ALTER TABLE "person" ADD CONSTRAINT "FK_0c1da4a2636be3b0512fa1ceaa8" FOREIGN KEY ("familyId") REFERENCES "family"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "person" DROP CONSTRAINT "FK_0c1da4a2636be3b0512fa1ceaa8"`);
    await q.query(`DROP TABLE "family"`);
    await q.query(`DROP INDEX "IDX_0c1da4a2636be3b0512fa1ceaa"`);
    await q.query(`DROP TABLE "person"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
