import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354966544 implements MigrationInterface {
  name = 'Initial1795354966544';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "clinic" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "address" character varying(200) NOT NULL, CONSTRAINT "PK_8e97c18debc9c7f7606e311d763" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "clinic_appointment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "personId" uuid NOT NULL, "clinicId" uuid NOT NULL, "serviceType" character varying(80) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_7642c37d0c10487f593eb4ac5a8" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_e9a147ae0f66696a4ec676cfaa" ON "clinic_appointment"  ("familyId", "startsAt") `);
    await q.query(
      `ALTER TABLE "clinic_appointment" ADD CONSTRAINT "FK_de44eb5e0bbade578f32c32f43f" FOREIGN KEY ("clinicId") REFERENCES "clinic"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "clinic_appointment" DROP CONSTRAINT "FK_de44eb5e0bbade578f32c32f43f"`);
    await q.query(`DROP INDEX "IDX_e9a147ae0f66696a4ec676cfaa"`);
    await q.query(`DROP TABLE "clinic_appointment"`);
    await q.query(`DROP TABLE "clinic"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
