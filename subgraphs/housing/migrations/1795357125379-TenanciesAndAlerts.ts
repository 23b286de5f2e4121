import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TenanciesAndAlerts1795357125379 implements MigrationInterface {
  name = 'TenanciesAndAlerts1795357125379';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "tenancy" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "landlordId" character varying(64) NOT NULL, "address" character varying(200) NOT NULL, CONSTRAINT "PK_c98009ac41a45bd29d8a56431ce" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_f4b9aa614df49b586821128a2d" ON "tenancy"  ("familyId") `);
    await q.query(`CREATE INDEX "IDX_b80e3451dbdf8d61e4c1674a1f" ON "tenancy"  ("landlordId") `);
    await q.query(
      `CREATE TABLE "housing_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenancyId" uuid NOT NULL, "familyId" uuid NOT NULL, "type" character varying(20) NOT NULL, "arrearsEuros" integer, "description" character varying(1000) NOT NULL, "reportedBy" character varying(64) NOT NULL, "reportedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "caseId" uuid NOT NULL, CONSTRAINT "PK_21aa9ea77788639827146ccafc6" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_e45921905f4904a00ce7ed8aaa" ON "housing_alert"  ("familyId") `);
    await q.query(`CREATE INDEX "IDX_521fa96159331e5fce50ae3966" ON "housing_alert"  ("reportedBy", "reportedAt") `);
    await q.query(
      `ALTER TABLE "housing_alert" ADD CONSTRAINT "FK_0a0ab3113d3a523fcedb0acb0bb" FOREIGN KEY ("tenancyId") REFERENCES "tenancy"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "housing_alert" ADD CONSTRAINT "FK_03b4be342cda9107329438b7539" FOREIGN KEY ("caseId") REFERENCES "housing_case"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "housing_alert" DROP CONSTRAINT "FK_03b4be342cda9107329438b7539"`);
    await q.query(`ALTER TABLE "housing_alert" DROP CONSTRAINT "FK_0a0ab3113d3a523fcedb0acb0bb"`);
    await q.query(`DROP INDEX "IDX_521fa96159331e5fce50ae3966"`);
    await q.query(`DROP INDEX "IDX_e45921905f4904a00ce7ed8aaa"`);
    await q.query(`DROP TABLE "housing_alert"`);
    await q.query(`DROP INDEX "IDX_b80e3451dbdf8d61e4c1674a1f"`);
    await q.query(`DROP INDEX "IDX_f4b9aa614df49b586821128a2d"`);
    await q.query(`DROP TABLE "tenancy"`);
  }
}
