import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354962742 implements MigrationInterface {
  name = 'Initial1795354962742';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "daycare_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "address" character varying(200) NOT NULL, CONSTRAINT "PK_a94eae149e94bc5e5f16afb4fe7" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "childId" uuid NOT NULL, "unitId" uuid NOT NULL, "type" character varying(30) NOT NULL, "startsOn" date NOT NULL, "endsOn" date NOT NULL, CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_59b966f059e70779024f3d644d" ON "placement"  ("familyId") `);
    await q.query(
      `CREATE TABLE "discussion_time" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "childId" uuid NOT NULL, "unitId" uuid NOT NULL, "topic" character varying(120) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_a7a6739fbd336d538e36aa550c0" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_a435f015ef8e2c510abe9b6780" ON "discussion_time"  ("familyId", "startsAt") `);
    await q.query(
      `CREATE TABLE "attendance_reservation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "childId" uuid NOT NULL, "unitId" uuid NOT NULL, "date" date NOT NULL, "startTime" character varying(5) NOT NULL, "endTime" character varying(5) NOT NULL, CONSTRAINT "PK_fe9f33776e8990d2e0e41e89108" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3c7e6eda7792dcb421a3039a8d" ON "attendance_reservation"  ("familyId", "date") `);
    await q.query(
      `CREATE TABLE "absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "childId" uuid NOT NULL, "date" date NOT NULL, "type" character varying(20) NOT NULL, CONSTRAINT "PK_30089b15c0f880f026581218c16" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2382baa9b42795c6568998a2b9" ON "absence"  ("familyId", "date") `);
    await q.query(
      `ALTER TABLE "placement" ADD CONSTRAINT "FK_6a2ac9782bd7dfcb8484a2cd672" FOREIGN KEY ("unitId") REFERENCES "daycare_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "discussion_time" ADD CONSTRAINT "FK_a5d569d727cb1789368f4728c0f" FOREIGN KEY ("unitId") REFERENCES "daycare_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "attendance_reservation" ADD CONSTRAINT "FK_7519b61b4ed40b656e010dd9471" FOREIGN KEY ("unitId") REFERENCES "daycare_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "attendance_reservation" DROP CONSTRAINT "FK_7519b61b4ed40b656e010dd9471"`);
    await q.query(`ALTER TABLE "discussion_time" DROP CONSTRAINT "FK_a5d569d727cb1789368f4728c0f"`);
    await q.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_6a2ac9782bd7dfcb8484a2cd672"`);
    await q.query(`DROP INDEX "IDX_2382baa9b42795c6568998a2b9"`);
    await q.query(`DROP TABLE "absence"`);
    await q.query(`DROP INDEX "IDX_3c7e6eda7792dcb421a3039a8d"`);
    await q.query(`DROP TABLE "attendance_reservation"`);
    await q.query(`DROP INDEX "IDX_a435f015ef8e2c510abe9b6780"`);
    await q.query(`DROP TABLE "discussion_time"`);
    await q.query(`DROP INDEX "IDX_59b966f059e70779024f3d644d"`);
    await q.query(`DROP TABLE "placement"`);
    await q.query(`DROP TABLE "daycare_unit"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
