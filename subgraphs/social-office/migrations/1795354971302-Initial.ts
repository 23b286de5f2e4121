import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354971302 implements MigrationInterface {
  name = 'Initial1795354971302';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "social_office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "address" character varying(200) NOT NULL, CONSTRAINT "PK_221229008a62ad52d7d7b7b606b" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "case_worker" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "title" character varying(60) NOT NULL, CONSTRAINT "PK_a80c51896959027948b6c6c3bd8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "social_office_appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "officeId" uuid NOT NULL, "caseWorkerId" uuid NOT NULL, "purpose" character varying(120) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_da655646ddfc9610ceb7f37791b" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_1b6f5f4e587aa0a5d2dd39dd22" ON "social_office_appointment"  ("familyId", "startsAt") `);
    await q.query(
      `ALTER TABLE "social_office_appointment" ADD CONSTRAINT "FK_b03e089035a78c6575142f44be8" FOREIGN KEY ("officeId") REFERENCES "social_office"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "social_office_appointment" ADD CONSTRAINT "FK_994288577b38ecaa5e47f345ffa" FOREIGN KEY ("caseWorkerId") REFERENCES "case_worker"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "social_office_appointment" DROP CONSTRAINT "FK_994288577b38ecaa5e47f345ffa"`);
    await q.query(`ALTER TABLE "social_office_appointment" DROP CONSTRAINT "FK_b03e089035a78c6575142f44be8"`);
    await q.query(`DROP INDEX "IDX_1b6f5f4e587aa0a5d2dd39dd22"`);
    await q.query(`DROP TABLE "social_office_appointment"`);
    await q.query(`DROP TABLE "case_worker"`);
    await q.query(`DROP TABLE "social_office"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
