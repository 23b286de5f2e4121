/**
 * Dev tool: CPU milliseconds per headline query for each process of a federation it starts.
 * `node dist/scripts/profile-headline.js` with GATEWAY_PORT/..._PORT, RINNALLA_DATA_DIR and optionally
 * DATABASE_URL (then PostgreSQL's backends for that database are counted too). PROFILE=1 also writes a
 * CPU profile of the load (start-up excluded) per process into CPU_PROF_DIR.
 * Reports only; `npm run benchmark` is the benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { devToken } from '../gateway/dev-token';
import { ensureDevKeys } from '../gateway/keys';
import { dataRoot } from '../subgraphs/kit/config';
import { readInt } from '../subgraphs/kit/env';
import { startFederation } from './federation';

const HEADLINE = `query CompanionAgenda { myFamilies { id displayName agenda { source title startsAt endsAt status location { name address } } } }`;
const SECONDS = readInt('LOAD_SECONDS', 15, 1, 600);
const CONCURRENCY = readInt('LOAD_CONCURRENCY', 10, 1, 200);
const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** utime + stime of a process, in ms. */
function cpuMs(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

async function postgresBackends(url: string | undefined): Promise<number[]> {
  if (!url) return [];
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((r: { pid: number }) => r.pid);
  } finally {
    await client.end();
  }
}

async function load(url: string, token: string, seconds: number): Promise<{ ok: number; failed: number }> {
  const until = Date.now() + seconds * 1000;
  let ok = 0;
  let failed = 0;
  const body = JSON.stringify({ query: HEADLINE });
  const worker = async () => {
    while (Date.now() < until) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
      const json = (await res.json()) as { errors?: unknown[] };
      if (res.ok && !json.errors) ok++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ok, failed };
}

async function main() {
  const root = dataRoot();
  await ensureDevKeys(root);
  const preload = process.env.PROFILE === '1' && path.join(__dirname, 'cpu-profile-preload.js');
  const env = { ...process.env, ...(preload && { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${preload}` }) };
  const federation = await startFederation({ env, logDir: path.join(root, 'logs') });
  try {
    const token = await devToken(root, 'companion');
    await load(federation.gatewayUrl, token, 5); // warm-up: plans, JIT, connection pools
    const pids = new Map([...federation.processes].map(([name, child]) => [name, [child.pid!]]));
    pids.set('postgresql', await postgresBackends(process.env.DATABASE_URL));
    const before = new Map([...pids].map(([name, list]) => [name, list.map(cpuMs)]));
    if (preload) for (const child of federation.processes.values()) child.kill('SIGUSR2');
    const started = performance.now();
    const { ok, failed } = await load(federation.gatewayUrl, token, SECONDS);
    const elapsed = (performance.now() - started) / 1000;
    if (preload) for (const child of federation.processes.values()) child.kill('SIGUSR2');
    const rows = [...pids].map(([name, list]) => {
      const spent = list.reduce((sum, pid, i) => sum + cpuMs(pid) - before.get(name)![i], 0);
      return [name, spent / Math.max(ok, 1)] as const;
    });
    console.log(`${ok} headline queries in ${elapsed.toFixed(1)} s (${(ok / elapsed).toFixed(1)}/s, ${failed} failed), ${CONCURRENCY} connections`);
    for (const [name, ms] of rows.filter(([, ms]) => ms > 0.05)) console.log(`  ${name.padEnd(14)} ${ms.toFixed(2).padStart(7)} ms CPU per request`);
    console.log(
      `  ${'total'.padEnd(14)} ${rows
        .reduce((s, [, ms]) => s + ms, 0)
        .toFixed(2)
        .padStart(7)} ms`,
    );
    if (preload) await new Promise((r) => setTimeout(r, 2000)); // profiles are written
  } finally {
    await federation.stop();
  }
}

main().catch((e: Error) => {
  console.error(e.stack);
  process.exit(1);
});
