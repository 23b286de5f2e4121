import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { demoMunicipality } from '../demo/municipality';
import { ChainVerifier } from '../subgraphs/kit/access-log/chain';
import { projectRoot } from '../subgraphs/kit/project-root';
import { dataDir } from './setup/client';
import { TEST_PORT_BASE } from './setup/global-setup';
import { passportFor, subgraphGql } from './setup/subgraph-client';

const demo = demoMunicipality();
// Families with a demo housing case: those without one are housing-alerts.test's, which checks the case it opens.
const tenancies = demo.tenancies.filter((t) => demo.housingCases.some((c) => c.familyId === t.familyId));
const REPORT = `mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id } }`;
// A housing process of our own beside the test federation's (same database), so killing it disturbs no other test.
const PORT = TEST_PORT_BASE + 9;
const url = `http://127.0.0.1:${PORT}`;

async function startHousing(): Promise<ChildProcess> {
  const log = fs.openSync(path.join(dataDir(), 'logs', 'housing-killed.log'), 'w');
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist/subgraphs/housing/main.js')], {
    env: {
      ...process.env,
      RINNALLA_DATA_DIR: dataDir(),
      DATABASE_URL: process.env.RINNALLA_TEST_DATABASE,
      HOUSING_PORT: String(PORT),
      RINNALLA_SEED: 'none',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`housing exited with ${child.exitCode}; see housing-killed.log`);
    if (
      await fetch(`${url}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
  }
  child.kill('SIGKILL');
  throw new Error('housing did not become healthy');
}

// Killing a process and reading its rows afterwards needs a server: embedded PGlite has one process's connection only.
(process.env.RINNALLA_TEST_DATABASE ? describe : describe.skip)('a write killed mid-flight (PostgreSQL)', () => {
  let db: Client;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.RINNALLA_TEST_DATABASE });
    await db.connect();
  });
  afterAll(() => db.end());

  it('leaves no committed housing alert without its write entry in the access log, and the chain verifies', async () => {
    const housing = await startHousing();
    const marker = `Atomicity run ${randomUUID()}`;
    const committed = async () => Number((await db.query(`SELECT count(*) FROM housing.housing_alert WHERE description = $1`, [marker])).rows[0].count);
    try {
      const passport = await passportFor({ sub: demo.users.landlord.id, roles: ['landlord'], grants: [] }, 'housing');
      const writes = Array.from({ length: 200 }, (_, i) =>
        subgraphGql(`${url}/graphql`, REPORT, {
          passport,
          variables: {
            input: {
              tenancyId: tenancies[i % tenancies.length].id,
              type: 'DISTURBANCE',
              warningGivenOn: '2026-11-02',
              disturbanceKind: 'NOISE',
              description: marker,
            },
          },
        }),
      );
      const settled = Promise.allSettled(writes);
      // SIGKILL once some writes have committed and most are still queued: no handler runs, no flush, no rollback by the app.
      while ((await committed()) < 10) await new Promise((r) => setTimeout(r, 10));
      housing.kill('SIGKILL');
      const outcomes = await settled;
      const answered = outcomes.filter((o) => o.status === 'fulfilled' && !o.value.errors).length;
      expect(answered).toBeLessThan(200); // the kill did cut writes off, so the test saw what it claims to
    } finally {
      if (housing.exitCode === null) housing.kill('SIGKILL');
    }
    await new Promise((r) => setTimeout(r, 500)); // the server notices the dropped connections and rolls back what was open

    const stored = await committed();
    expect(stored).toBeGreaterThanOrEqual(10);
    const unlogged = await db.query(
      `SELECT a.id FROM housing.housing_alert a
        WHERE a.description = $1
          AND NOT EXISTS (SELECT 1 FROM housing.access_log l
                           WHERE l.operation = 'write' AND l."basisRef" = a.id::text AND l."familyId" = a."familyId" AND l.category = 'housing')`,
      [marker],
    );
    expect(unlogged.rows).toEqual([]);

    const entries = (
      await db.query(
        `SELECT seq, "at", "viewerId", "viewerRole", "familyId", category, operation, basis, "basisRef", service, "requestId", "prevHash", hash FROM housing.access_log ORDER BY seq`,
      )
    ).rows; // bigint arrives as a string
    const verifier = new ChainVerifier();
    verifier.feed(entries);
    expect(verifier.firstBreak).toBeUndefined();
  });
});
