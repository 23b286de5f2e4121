import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostCompensation1795460200000 implements MigrationInterface {
  name = 'HostCompensation1795460200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "host_compensation_rule" ("municipality" character varying(60) NOT NULL, "rentSharePercent" integer NOT NULL, "goalBonusCents" integer NOT NULL, "gymCardYearCents" integer NOT NULL, "busCardMonthCents" integer NOT NULL, "minimumHoursPercent" integer NOT NULL, CONSTRAINT "PK_d06c9519f7f0fd0856a96570705" PRIMARY KEY ("municipality"))`,
    );
    await q.query(
      `CREATE TABLE "host_compensation_agreement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hostId" uuid NOT NULL, "municipality" character varying(60) NOT NULL, "form" character varying(20) NOT NULL, "monthlyRentCents" integer NOT NULL, "startsOn" date NOT NULL, "endsOn" date, CONSTRAINT "PK_0cad069d32636385f0f05c0345e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_fad2b1edd5c49adb6c326161df" ON "host_compensation_agreement"  ("hostId", "startsOn") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_fad2b1edd5c49adb6c326161df"`);
    await q.query(`DROP TABLE "host_compensation_agreement"`);
    await q.query(`DROP TABLE "host_compensation_rule"`);
  }
}
