import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795354949775 implements MigrationInterface {
  name = 'Initial1795354949775';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "access_log" ("seq" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "viewerId" character varying(64) NOT NULL, "viewerRole" character varying(40) NOT NULL, "familyId" uuid NOT NULL, "category" character varying(40) NOT NULL, "operation" character varying(10) NOT NULL, "basis" character varying(40) NOT NULL, "basisRef" character varying(80) NOT NULL, "service" character varying(40) NOT NULL, "requestId" character varying(64) NOT NULL, "prevHash" character(64) NOT NULL, "hash" character(64) NOT NULL, CONSTRAINT "PK_3ebdb60af3599a57a1fd7f4bc30" PRIMARY KEY ("seq"))`,
    );
    await q.query(`CREATE INDEX "IDX_d5ec8617cc2d038c055c634492" ON "access_log"  ("familyId", "at") `);
    await q.query(
      `CREATE TABLE "companion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, "phone" character varying(16) NOT NULL, "organisation" character varying(120) NOT NULL, CONSTRAINT "PK_f2123d5787624634d7cf9aca7df" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "companion_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "companionId" uuid NOT NULL, "familyId" uuid NOT NULL, "startsOn" date NOT NULL, "endsOn" date, CONSTRAINT "PK_37e3e3261bd4b60afbbc6e6a0cc" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_93ae04a81da9fadb95bb0d1b82" ON "companion_assignment"  ("familyId") `);
    await q.query(`CREATE INDEX "IDX_9bd74027b6c47c28d1fe9b2868" ON "companion_assignment"  ("companionId") `);
    await q.query(
      `CREATE TABLE "consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "familyId" uuid NOT NULL, "companionId" uuid NOT NULL, "grantedBy" uuid NOT NULL, "scopes" character varying array NOT NULL, "validUntil" date NOT NULL, "revokedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, CONSTRAINT "PK_9115e8d6b082d4fc46d56134d29" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_22eef0553d11fd9d00b7450e40" ON "consent"  ("familyId") `);
    await q.query(`CREATE INDEX "IDX_14d32654b6798100e097a87463" ON "consent"  ("companionId") `);
    await q.query(
      `ALTER TABLE "companion_assignment" ADD CONSTRAINT "FK_9bd74027b6c47c28d1fe9b28686" FOREIGN KEY ("companionId") REFERENCES "companion"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "companion_assignment" DROP CONSTRAINT "FK_9bd74027b6c47c28d1fe9b28686"`);
    await q.query(`DROP INDEX "IDX_14d32654b6798100e097a87463"`);
    await q.query(`DROP INDEX "IDX_22eef0553d11fd9d00b7450e40"`);
    await q.query(`DROP TABLE "consent"`);
    await q.query(`DROP INDEX "IDX_9bd74027b6c47c28d1fe9b2868"`);
    await q.query(`DROP INDEX "IDX_93ae04a81da9fadb95bb0d1b82"`);
    await q.query(`DROP TABLE "companion_assignment"`);
    await q.query(`DROP TABLE "companion"`);
    await q.query(`DROP INDEX "IDX_d5ec8617cc2d038c055c634492"`);
    await q.query(`DROP TABLE "access_log"`);
  }
}
