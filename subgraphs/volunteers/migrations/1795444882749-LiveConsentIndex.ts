import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LiveConsentIndex1795444882749 implements MigrationInterface {
  name = 'LiveConsentIndex1795444882749';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "IDX_consent_live_by_companion" ON "consent"  ("companionId", "familyId", "validUntil") WHERE "revokedAt" IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_consent_live_by_companion"`);
  }
}
