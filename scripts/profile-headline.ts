/**
 * Dev tool: CPU milliseconds per headline query for each process of a federation it starts.
 * `node dist/scripts/profile-headline.js` with GATEWAY_PORT/..._PORT, RINNALLA_DATA_DIR and optionally
 * DATABASE_URL (then PostgreSQL's backends for that database are counted too). PROFILE=1 also writes a
 * CPU profile of the load (start-up excluded) per process into CPU_PROF_DIR.
 * Reports only; `npm run benchmark` is the benchmark.
 */
import path from 'node:path';
import { devToken } from '../gateway/dev-token';
import { ensureDevKeys } from '../gateway/keys';
import { dataRoot } from '../subgraphs/kit/config';
import { readInt } from '../subgraphs/kit/env';
import { loadRun, postGraphQL, summarise } from './benchmark/load';
import { measureProcesses, postgresBackends } from './benchmark/processes';
import { HEADLINE } from './benchmark/targets';
import { startFederation } from './federation';

const SECONDS = readInt('LOAD_SECONDS', 15, 1, 600);
const CONCURRENCY = readInt('LOAD_CONCURRENCY', 10, 1, 200);

async function main() {
  const root = dataRoot();
  await ensureDevKeys(root);
  const preload = process.env.PROFILE === '1' && path.join(__dirname, 'cpu-profile-preload.js');
  const env = { ...process.env, ...(preload && { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} -r ${preload}` }) };
  const federation = await startFederation({ env, logDir: path.join(root, 'logs') });
  try {
    const token = await devToken(root, 'companion');
    const send = () => postGraphQL(federation.gatewayUrl, { authorization: `Bearer ${token}` }, HEADLINE);
    await loadRun(CONCURRENCY, 5, send); // warm-up: plans, JIT, connection pools
    const pids = async () => {
      const list = new Map([...federation.processes].map(([name, child]) => [name, [child.pid!]]));
      if (process.env.DATABASE_URL) list.set('postgresql', await postgresBackends(process.env.DATABASE_URL));
      return list;
    };
    const signalProfilers = () => preload && federation.processes.forEach((child) => child.kill('SIGUSR2'));
    signalProfilers(); // start
    const { result, usage } = await measureProcesses(pids, () => loadRun(CONCURRENCY, SECONDS, send));
    signalProfilers(); // stop and write
    const load = summarise([result]);
    const rows = usage.map((u) => [u.name, u.cpuMs / Math.max(load.requests, 1)] as const);
    console.log(
      `${load.requests} headline queries in ${load.seconds} s (${load.requestsPerSecond.toFixed(1)}/s, ${load.withErrors} with errors, ${load.failed} failed), ${CONCURRENCY} connections`,
    );
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
