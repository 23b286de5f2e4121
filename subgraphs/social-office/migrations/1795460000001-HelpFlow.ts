import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Needs assessments, service plans (goals, agreed services, bookings), feedback forms, work units, and idempotency keys. */
export class HelpFlow1795460000001 implements MigrationInterface {
  name = 'HelpFlow1795460000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "idempotency_key" ("viewerId" character varying(64) NOT NULL, "key" character varying(100) NOT NULL, "action" character varying(40) NOT NULL, "inputHash" character(64) NOT NULL, "resultId" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_03c763b700ef7ea7450fa21fe1a" PRIMARY KEY ("viewerId", "key"))`,
    );
    await q.query(
      `CREATE TABLE "work_unit_member" ("workerId" uuid NOT NULL, "unit" character varying(80) NOT NULL, "lead" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_work_unit_member" PRIMARY KEY ("workerId"))`,
    );
    await q.query(`CREATE INDEX "IDX_work_unit_member_unit" ON "work_unit_member" ("unit") `);
    await q.query(
      `CREATE TABLE "needs_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "helpRequestId" uuid, "caseId" uuid, "contactedOn" date NOT NULL, "specialSupport" boolean NOT NULL, "startDueBy" date, "completionDueBy" date, "startedOn" date, "completedOn" date, "responsibleWorkerId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_needs_assessment" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_needs_assessment_familyId" ON "needs_assessment" ("familyId") `);
    await q.query(`CREATE INDEX "IDX_needs_assessment_worker" ON "needs_assessment" ("responsibleWorkerId") `);
    await q.query(
      `CREATE TABLE "service_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "caseId" uuid, "assessmentId" uuid, "status" character varying(10) NOT NULL, "writtenOn" date NOT NULL, "closedOn" date, "participantIds" uuid array NOT NULL, "reviewDates" character varying(10) array NOT NULL, "responsibleWorkerId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_service_plan" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_service_plan_familyId" ON "service_plan" ("familyId") `);
    await q.query(
      `CREATE TABLE "service_plan_goal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "planId" uuid NOT NULL, "position" smallint NOT NULL, "description" character varying(500) NOT NULL, "status" character varying(20) NOT NULL, CONSTRAINT "PK_service_plan_goal" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_service_plan_goal_planId" ON "service_plan_goal" ("planId") `);
    await q.query(
      `CREATE TABLE "agreed_service" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "planId" uuid NOT NULL, "service" character varying(30) NOT NULL, "details" character varying(500), "responsibleWorkerId" uuid NOT NULL, CONSTRAINT "PK_agreed_service" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_agreed_service_planId" ON "agreed_service" ("planId") `);
    await q.query(
      `CREATE TABLE "service_plan_booking" ("appointmentId" uuid NOT NULL, "planId" uuid NOT NULL, "agreedServiceId" uuid NOT NULL, CONSTRAINT "PK_service_plan_booking" PRIMARY KEY ("appointmentId"))`,
    );
    await q.query(`CREATE INDEX "IDX_service_plan_booking_planId" ON "service_plan_booking" ("planId") `);
    await q.query(
      `CREATE TABLE "feedback_form" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "planId" uuid NOT NULL, "tokenHash" character(64) NOT NULL, "services" character varying(30) array NOT NULL, "closedOn" date NOT NULL, "answeredAt" TIMESTAMP WITH TIME ZONE, "helpfulness" smallint, "goalsMet" character varying(10), "wouldRecommend" boolean, CONSTRAINT "PK_feedback_form" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_feedback_form_planId" ON "feedback_form" ("planId") `);
    await q.query(`CREATE UNIQUE INDEX "UQ_feedback_form_tokenHash" ON "feedback_form" ("tokenHash") `);
    await q.query(`CREATE INDEX "IDX_feedback_form_closedOn" ON "feedback_form" ("closedOn") `);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'feedback_form',
      'service_plan_booking',
      'agreed_service',
      'service_plan_goal',
      'service_plan',
      'needs_assessment',
      'work_unit_member',
      'idempotency_key',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
