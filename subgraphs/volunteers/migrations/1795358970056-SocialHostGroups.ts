import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SocialHostGroups1795358970056 implements MigrationInterface {
  name = 'SocialHostGroups1795358970056';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "social_host" ("id" uuid NOT NULL, "firstName" character varying(100) NOT NULL, "lastName" character varying(100) NOT NULL, CONSTRAINT "PK_3504cbde4ea50a0773a32bda8d8" PRIMARY KEY ("id"))`,
    );
    await q.query(
      `CREATE TABLE "host_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "hostId" uuid NOT NULL, "name" character varying(120) NOT NULL, CONSTRAINT "PK_e3ac6ae5afd4f5e1ce33e477b0e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_2410ceadb76130167ee5c3c82f" ON "host_group"  ("hostId") `);
    await q.query(
      `CREATE TABLE "host_group_member" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "groupId" uuid NOT NULL, "familyId" uuid NOT NULL, "referredOn" date NOT NULL, CONSTRAINT "PK_cc757cdc294c8bf3001c079853f" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_5de963f1a724fadab6745854f0" ON "host_group_member"  ("familyId") `);
    await q.query(`CREATE INDEX "IDX_28baed241fb138cea63567729b" ON "host_group_member"  ("groupId") `);
    await q.query(
      `ALTER TABLE "host_group" ADD CONSTRAINT "FK_2410ceadb76130167ee5c3c82f3" FOREIGN KEY ("hostId") REFERENCES "social_host"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "host_group_member" ADD CONSTRAINT "FK_28baed241fb138cea63567729ba" FOREIGN KEY ("groupId") REFERENCES "host_group"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "host_group_member" DROP CONSTRAINT "FK_28baed241fb138cea63567729ba"`);
    await q.query(`ALTER TABLE "host_group" DROP CONSTRAINT "FK_2410ceadb76130167ee5c3c82f3"`);
    await q.query(`DROP INDEX "IDX_28baed241fb138cea63567729b"`);
    await q.query(`DROP INDEX "IDX_5de963f1a724fadab6745854f0"`);
    await q.query(`DROP TABLE "host_group_member"`);
    await q.query(`DROP INDEX "IDX_2410ceadb76130167ee5c3c82f"`);
    await q.query(`DROP TABLE "host_group"`);
    await q.query(`DROP TABLE "social_host"`);
  }
}
