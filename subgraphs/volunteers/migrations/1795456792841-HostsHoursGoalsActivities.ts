import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HostsHoursGoalsActivities1795456792841 implements MigrationInterface {
  name = 'HostsHoursGoalsActivities1795456792841';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "host_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "groupId" uuid NOT NULL, "hostId" uuid NOT NULL, "familyId" uuid NOT NULL, "description" character varying(300) NOT NULL, "setOn" date NOT NULL, "dueOn" date NOT NULL, "status" character varying(20) NOT NULL, "version" integer NOT NULL, CONSTRAINT "PK_b1fda23f5996ba99ed4346730e4" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_host_goal_host_due" ON "host_goal"  ("hostId", "dueOn") `);
    await q.query(`CREATE INDEX "IDX_734c11568ec64c3339f389472a" ON "host_goal"  ("groupId") `);
    await q.query(
      `CREATE TABLE "hours_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hostId" uuid NOT NULL, "date" date NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "minutes" integer NOT NULL, "kind" character varying(30) NOT NULL, "familyIds" uuid array NOT NULL, "status" character varying(20) NOT NULL, "decidedBy" uuid, "decidedAt" TIMESTAMP WITH TIME ZONE, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_02d11c81d0457756eec3833e832" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_hours_entry_pending" ON "hours_entry"  ("status") WHERE "status" = 'PENDING_APPROVAL'`);
    await q.query(`CREATE INDEX "IDX_227258821ef8ecd4abbeb22794" ON "hours_entry"  ("hostId", "date") `);
    await q.query(
      `CREATE TABLE "activity" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "title" character varying(120) NOT NULL, "kind" character varying(20) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "meetingPlaceId" uuid, "meetingPoint" character varying(200), "capacity" integer NOT NULL, "organiserId" uuid NOT NULL, "hostId" uuid, "headCount" integer, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_24625a1d6b1b089c8ae206fe467" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_3888f814aa095300b3f2cf9b03" ON "activity"  ("startsAt") `);
    await q.query(
      `CREATE TABLE "activity_sign_up" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "activityId" uuid NOT NULL, "familyId" uuid NOT NULL, "participants" integer NOT NULL, "signedUpBy" uuid NOT NULL, "attended" boolean, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_activity_sign_up_family" UNIQUE ("activityId", "familyId"), CONSTRAINT "PK_116a00f1865d5fbc7b199be2f1e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_c9cb93b74b07a697415c5f9bc6" ON "activity_sign_up"  ("familyId") `);
    await q.query(
      `CREATE TABLE "meeting_place" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(120) NOT NULL, "kind" character varying(20) NOT NULL, "address" character varying(200) NOT NULL, "openingHours" jsonb NOT NULL, "partnerOrganisations" character varying array NOT NULL, CONSTRAINT "PK_5048dac5f84f163af1a88251a32" PRIMARY KEY ("id"))`,
    );
    await q.query(`ALTER TABLE "social_host" ADD "employment" character varying(20) NOT NULL DEFAULT 'UNEMPLOYED'`);
    await q.query(`ALTER TABLE "social_host" ADD "monthlyQuotaMinutes" integer NOT NULL DEFAULT '1200'`);
    await q.query(
      `ALTER TABLE "activity_sign_up" ADD CONSTRAINT "FK_5a344370ddde07e4133fa3e5422" FOREIGN KEY ("activityId") REFERENCES "activity"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "activity_sign_up" DROP CONSTRAINT "FK_5a344370ddde07e4133fa3e5422"`);
    await q.query(`ALTER TABLE "social_host" DROP COLUMN "monthlyQuotaMinutes"`);
    await q.query(`ALTER TABLE "social_host" DROP COLUMN "employment"`);
    await q.query(`DROP TABLE "meeting_place"`);
    await q.query(`DROP INDEX "IDX_c9cb93b74b07a697415c5f9bc6"`);
    await q.query(`DROP TABLE "activity_sign_up"`);
    await q.query(`DROP INDEX "IDX_3888f814aa095300b3f2cf9b03"`);
    await q.query(`DROP TABLE "activity"`);
    await q.query(`DROP INDEX "IDX_227258821ef8ecd4abbeb22794"`);
    await q.query(`DROP INDEX "IDX_hours_entry_pending"`);
    await q.query(`DROP TABLE "hours_entry"`);
    await q.query(`DROP INDEX "IDX_734c11568ec64c3339f389472a"`);
    await q.query(`DROP INDEX "IDX_host_goal_host_due"`);
    await q.query(`DROP TABLE "host_goal"`);
  }
}
