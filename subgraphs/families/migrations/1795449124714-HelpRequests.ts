import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HelpRequests1795449124714 implements MigrationInterface {
  name = 'HelpRequests1795449124714';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "help_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "contactName" character varying(120) NOT NULL, "phone" character varying(16), "email" character varying(254), "preferredChannel" character varying(20) NOT NULL, "situation" text NOT NULL, "childrenAges" integer array NOT NULL, "receivedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "respondBy" date NOT NULL, CONSTRAINT "PK_166d671334639318e1d6fc6cb8d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_78bd1d22647d574bd7975eb140" ON "help_request"  ("respondBy") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_78bd1d22647d574bd7975eb140"`);
    await q.query(`DROP TABLE "help_request"`);
  }
}
