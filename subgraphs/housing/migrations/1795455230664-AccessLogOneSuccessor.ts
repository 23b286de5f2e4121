import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessLogOneSuccessor1795455230664 implements MigrationInterface {
  name = 'AccessLogOneSuccessor1795455230664';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE UNIQUE INDEX "IDX_48ed920fe7f806f75bd5302d3d" ON "access_log"  ("prevHash") `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_48ed920fe7f806f75bd5302d3d"`);
  }
}
