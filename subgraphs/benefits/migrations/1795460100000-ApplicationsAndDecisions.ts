import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications are social assistance (toimeentulotuki) with a draft state, a start day and an optional housing case;
 * decisions carry outcome, amount in cents, period and reasoning. The old kinds map onto the new ones:
 * SOCIAL_ASSISTANCE is basic assistance, HOUSING_ALLOWANCE too (housing costs are basic assistance's expenses),
 * CHILD_HOME_CARE_ALLOWANCE becomes supplementary (a special cost of a family with a small child).
 */
export class ApplicationsAndDecisions1795460100000 implements MigrationInterface {
  name = 'ApplicationsAndDecisions1795460100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE "benefit_application" SET "kind" = 'BASIC_SOCIAL_ASSISTANCE' WHERE "kind" IN ('SOCIAL_ASSISTANCE', 'HOUSING_ALLOWANCE')`);
    await q.query(`UPDATE "benefit_application" SET "kind" = 'SUPPLEMENTARY_SOCIAL_ASSISTANCE' WHERE "kind" = 'CHILD_HOME_CARE_ALLOWANCE'`);
    await q.query(`ALTER TABLE "benefit_application" ALTER COLUMN "submittedOn" DROP NOT NULL`);
    await q.query(`ALTER TABLE "benefit_application" ADD "createdOn" date`);
    await q.query(`UPDATE "benefit_application" SET "createdOn" = "submittedOn"`);
    await q.query(`ALTER TABLE "benefit_application" ALTER COLUMN "createdOn" SET NOT NULL`);
    await q.query(`ALTER TABLE "benefit_application" ADD "housingCaseId" uuid`);
    await q.query(
      `CREATE TABLE "benefit_decision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "applicationId" uuid NOT NULL, "familyId" uuid NOT NULL, "outcome" character varying(20) NOT NULL, "amountCents" integer NOT NULL, "periodFrom" date NOT NULL, "periodTo" date NOT NULL, "reasoning" character varying(4000) NOT NULL, "decidedOn" date NOT NULL, "decidedBy" character varying(64) NOT NULL, CONSTRAINT "PK_benefit_decision" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "UQ_benefit_decision_application" ON "benefit_decision" ("applicationId")`);
    // Creating mutations take idempotency keys; another branch may create the same kit table first.
    await q.query(
      `CREATE TABLE IF NOT EXISTS "idempotency_key" ("viewerId" character varying(64) NOT NULL, "key" character varying(100) NOT NULL, "action" character varying(40) NOT NULL, "inputHash" character(64) NOT NULL, "resultId" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_03c763b700ef7ea7450fa21fe1a" PRIMARY KEY ("viewerId", "key"))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "UQ_benefit_decision_application"`);
    await q.query(`DROP TABLE "benefit_decision"`);
    await q.query(`ALTER TABLE "benefit_application" DROP COLUMN "housingCaseId"`);
    await q.query(`ALTER TABLE "benefit_application" DROP COLUMN "createdOn"`);
    // Fails while drafts exist: they have no submission day.
    await q.query(`ALTER TABLE "benefit_application" ALTER COLUMN "submittedOn" SET NOT NULL`);
    await q.query(`UPDATE "benefit_application" SET "kind" = 'SOCIAL_ASSISTANCE' WHERE "kind" IN ('BASIC_SOCIAL_ASSISTANCE', 'PREVENTIVE_SOCIAL_ASSISTANCE')`);
    await q.query(`UPDATE "benefit_application" SET "kind" = 'CHILD_HOME_CARE_ALLOWANCE' WHERE "kind" = 'SUPPLEMENTARY_SOCIAL_ASSISTANCE'`);
  }
}
