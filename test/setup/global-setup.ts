import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ensureDevKeys } from '../../gateway/keys';
import { startFederation, type Federation } from '../../scripts/federation';
import { registry } from '../../subgraphs/kit/registry';
import { envPrefix } from '../../subgraphs/kit/services';

/** Test ports sit beside the defaults so a running `npm start` does not collide; `RINNALLA_TEST_PORT_BASE` moves them for parallel runs. */
export const TEST_PORT_BASE = Number(process.env.RINNALLA_TEST_PORT_BASE || 5400);

declare global {
  var __federation: Federation | undefined;
  var __testDatabase: { url: string; name: string } | undefined;
}

/** Starts the real federation once for the integration suite: PGlite by default, PostgreSQL when a URL is given. */
export default async function globalSetup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rinnalla-test-'));
  // Traces go to files in the data dir, so a test can follow one request through every process.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    RINNALLA_DATA_DIR: dataDir,
    RINNALLA_TRACE_DIR: path.join(dataDir, 'traces'),
    GATEWAY_PORT: String(TEST_PORT_BASE),
    LOG_LEVEL: 'info',
  };
  registry(env).subgraphs.forEach((s, i) => (env[`${envPrefix(s.name)}_PORT`] = String(TEST_PORT_BASE + 1 + i)));
  const serverUrl = process.env.RINNALLA_TEST_DATABASE_URL;
  if (serverUrl) {
    // A fresh database per run, each subgraph in its own schema inside it.
    const name = `rinnalla_test_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    globalThis.__testDatabase = { url: serverUrl, name };
  }
  await ensureDevKeys(dataDir);
  // Supervised like `npm start`: a test may kill a process and expect it back.
  globalThis.__federation = await startFederation({ env, logDir: path.join(dataDir, 'logs'), restart: true });
  process.env.RINNALLA_TEST_DATA_DIR = dataDir;
  process.env.RINNALLA_TEST_GATEWAY = globalThis.__federation.gatewayUrl;
  process.env.RINNALLA_TEST_DATABASE = env.DATABASE_URL ?? '';
}
