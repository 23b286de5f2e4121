import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 7: companion stages and matching facts, assignment status, referrals, coordinators, meetings and feedback. */
export class CompanionLifecycle1795500000000 implements MigrationInterface {
  name = 'CompanionLifecycle1795500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "companion" ADD "stage" character varying(10) NOT NULL DEFAULT 'ACTIVE'`);
    await q.query(`ALTER TABLE "companion" ADD "languages" character varying array NOT NULL DEFAULT '{fi}'`);
    await q.query(`ALTER TABLE "companion" ADD "area" character varying(60) NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE "companion" ADD "availability" character varying array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "companion" ADD "supportedNeeds" character varying array NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE "companion" ADD "maxFamilies" integer NOT NULL DEFAULT 3`);
    await q.query(`ALTER TABLE "companion" ADD "version" integer NOT NULL DEFAULT 1`);
    await q.query(`CREATE INDEX "IDX_companion_organisation_stage" ON "companion" ("organisation", "stage")`);

    await q.query(`ALTER TABLE "companion_assignment" ADD "referralId" uuid`);
    await q.query(`ALTER TABLE "companion_assignment" ADD "status" character varying(10) NOT NULL DEFAULT 'ACTIVE'`);
    await q.query(`ALTER TABLE "companion_assignment" ADD "endedBy" character varying(12)`);
    await q.query(`ALTER TABLE "companion_assignment" ADD "endReason" character varying(300)`);
    await q.query(`ALTER TABLE "companion_assignment" ADD "version" integer NOT NULL DEFAULT 1`);
    // Assignments made before statuses: a set last day meant the companionship ended.
    await q.query(`UPDATE "companion_assignment" SET "status" = 'ENDED' WHERE "endsOn" IS NOT NULL`);

    await q.query(
      `CREATE TABLE "volunteer_coordinator" ("id" uuid NOT NULL, "organisation" character varying(120) NOT NULL, CONSTRAINT "PK_volunteer_coordinator" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "companion_referral" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "referredBy" uuid NOT NULL, "referredOn" date NOT NULL, "languages" character varying array NOT NULL, "area" character varying(60) NOT NULL, "availability" character varying array NOT NULL, "needs" character varying array NOT NULL, "status" character varying(10) NOT NULL DEFAULT 'OPEN', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_companion_referral" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_companion_referral_family" ON "companion_referral" ("familyId")`);
    await q.query(`CREATE INDEX "IDX_companion_referral_status" ON "companion_referral" ("status", "referredOn")`);
    await q.query(
      `CREATE TABLE "volunteer_meeting" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organisation" character varying(120) NOT NULL, "kind" character varying(12) NOT NULL, "heldOn" date NOT NULL, "topic" character varying(200) NOT NULL, CONSTRAINT "PK_volunteer_meeting" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_volunteer_meeting_organisation" ON "volunteer_meeting" ("organisation", "heldOn")`);
    await q.query(
      `CREATE TABLE "meeting_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meetingId" uuid NOT NULL, "companionId" uuid NOT NULL, "attended" boolean NOT NULL, CONSTRAINT "UQ_meeting_attendance" UNIQUE ("meetingId", "companionId"), CONSTRAINT "PK_meeting_attendance" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_meeting_attendance_companion" ON "meeting_attendance" ("companionId")`);
    await q.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_meeting_attendance_meeting" FOREIGN KEY ("meetingId") REFERENCES "volunteer_meeting"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "meeting_attendance" ADD CONSTRAINT "FK_meeting_attendance_companion" FOREIGN KEY ("companionId") REFERENCES "companion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `CREATE TABLE "supervision_feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "meetingId" uuid NOT NULL, "companionId" uuid NOT NULL, "usefulness" smallint NOT NULL, "feelsSupported" smallint NOT NULL, "workload" character varying(6) NOT NULL, "continuing" boolean NOT NULL, CONSTRAINT "UQ_supervision_feedback" UNIQUE ("meetingId", "companionId"), CONSTRAINT "PK_supervision_feedback" PRIMARY KEY ("id"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "supervision_feedback"`);
    await q.query(`DROP TABLE "meeting_attendance"`);
    await q.query(`DROP TABLE "volunteer_meeting"`);
    await q.query(`DROP TABLE "companion_referral"`);
    await q.query(`DROP TABLE "volunteer_coordinator"`);
    for (const column of ['version', 'endReason', 'endedBy', 'status', 'referralId'])
      await q.query(`ALTER TABLE "companion_assignment" DROP COLUMN "${column}"`);
    await q.query(`DROP INDEX "IDX_companion_organisation_stage"`);
    for (const column of ['version', 'maxFamilies', 'supportedNeeds', 'availability', 'area', 'languages', 'stage'])
      await q.query(`ALTER TABLE "companion" DROP COLUMN "${column}"`);
  }
}
