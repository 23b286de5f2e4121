import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { projectRoot } from '../subgraphs/kit/project-root';
import { dataDir, onPostgres, testDatabase } from './setup/client';

const run = promisify(execFile);

// The scale tools are for PostgreSQL.
onPostgres('the scale tools on a small generated municipality', () => {
  // A database of its own: seed:scale replaces the demo data the other tests read.
  const name = `rinnalla_scale_${Date.now()}`;
  const url = () => Object.assign(new URL(testDatabase()), { pathname: `/${name}` }).toString();
  const admin = new Client({ connectionString: testDatabase() });
  const script = (file: string) => path.join(projectRoot(), 'dist', 'scripts', file);

  beforeAll(async () => {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  });
  afterAll(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  });

  it('seed:scale fills every schema, and benchmark:explain writes a plan and a generic plan for each hot query', async () => {
    const env = { ...process.env, DATABASE_URL: url(), RINNALLA_DATA_DIR: dataDir(), LOG_LEVEL: 'warn' };
    const seeded = await run(process.execPath, [script('seed-scale.js'), '--families', '40'], { env });
    expect(seeded.stdout).toMatch(/families .*family 40\b/);
    expect(seeded.stdout).toMatch(/daycare .*attendance_reservation \d+/);

    const out = path.join(dataDir(), 'explain-smoke.md');
    await run(process.execPath, [script('benchmark/explain.js')], { env: { ...env, EXPLAIN_OUT: out } });
    const plans = fs.readFileSync(out, 'utf8');
    expect(plans).toContain('at 40 families');
    expect(plans.match(/^## /gm)!.length).toBeGreaterThanOrEqual(10);
    expect(plans.match(/Generic plan/g)!.length).toBe(plans.match(/^## /gm)!.length);
  }, 120_000);
});
