import fs from 'node:fs';
import { Client } from 'pg';

export default async function globalTeardown() {
  await globalThis.__federation?.stop();
  const db = globalThis.__testDatabase;
  if (db) {
    const admin = new Client({ connectionString: db.url });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${db.name} WITH (FORCE)`);
    await admin.end();
  }
  const dataDir = process.env.RINNALLA_TEST_DATA_DIR;
  if (dataDir && !process.env.RINNALLA_KEEP_TEST_DATA) fs.rmSync(dataDir, { recursive: true, force: true });
}
