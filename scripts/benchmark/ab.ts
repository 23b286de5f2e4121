/**
 * Dev tool: this checkout against another one (say the commit before a change), side by side in one run:
 * `node dist/scripts/benchmark/ab.js <other checkout, built>`. Starts both federations on their own ports and
 * data, then sends the headline query through each project gateway in alternating slices, so a slow minute of a
 * shared machine falls on both alike, and prints requests and CPU ms per request of every process on each side.
 * PGlite by default; `AB_DATABASE_URLS=<this>,<other>` runs each side on its own PostgreSQL database.
 * Reports only; `npm run benchmark` is the benchmark.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { demoMunicipality } from '../../demo/municipality';
import { devToken } from '../../gateway/dev-token';
import { ensureDevKeys } from '../../gateway/keys';
import { readInt } from '../../subgraphs/kit/env';
import { registry } from '../../subgraphs/kit/registry';
import { envPrefix } from '../../subgraphs/kit/services';
import type { Federation, FederationOptions } from '../federation';
import { loadRun, postGraphQL, summarise, type LoadRun } from './load';
import { addUsage, measureProcesses, postgresBackends, type ProcessUsage } from './processes';
import { HEADLINE } from './targets';

const SLICE_SECONDS = readInt('AB_SLICE_SECONDS', 3, 1, 60);
const SLICES = readInt('AB_SLICES', 10, 1, 1000);
const CONNECTIONS = readInt('AB_CONNECTIONS', 10, 1, 1000);

interface Side {
  label: string;
  root: string;
  env: NodeJS.ProcessEnv;
  federation?: Federation;
  authorizations: string[];
  runs: LoadRun[];
  usage: Map<string, ProcessUsage>;
}

function sideEnv(portBase: number, dataDir: string, databaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, RINNALLA_DATA_DIR: dataDir, GATEWAY_PORT: String(portBase) };
  delete env.DATABASE_URL;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  registry(env).subgraphs.forEach((s, i) => (env[`${envPrefix(s.name)}_PORT`] = String(portBase + 1 + i)));
  return env;
}

async function main() {
  const other = process.argv[2] && path.resolve(process.argv[2]);
  if (!other || !fs.existsSync(path.join(other, 'dist', 'scripts', 'federation.js')))
    throw new Error('usage: ab.js <other checkout, built with npm run build>');
  const [urlA, urlB] = (process.env.AB_DATABASE_URLS ?? '').split(',').filter(Boolean);
  const here = path.resolve(__dirname, '..', '..', '..');
  const sideOf = (label: string, root: string, env: NodeJS.ProcessEnv): Side => ({ label, root, env, authorizations: [], runs: [], usage: new Map() });
  const sides = [
    sideOf(`this (${path.basename(here)})`, here, sideEnv(7400, path.join(here, '.data', 'ab-this'), urlA)),
    sideOf(`other (${path.basename(other)})`, other, sideEnv(7500, path.join(here, '.data', 'ab-other'), urlB)),
  ];
  try {
    for (const side of sides) {
      const dataDir = side.env.RINNALLA_DATA_DIR!;
      await ensureDevKeys(dataDir);
      console.log(`Starting ${side.label} on :${side.env.GATEWAY_PORT}...`);
      // Each side runs its own code: its own federation module starts its own processes.
      const { startFederation } = (await import(path.join(side.root, 'dist', 'scripts', 'federation.js'))) as {
        startFederation(opts: FederationOptions): Promise<Federation>;
      };
      side.federation = await startFederation({ env: side.env, logDir: path.join(dataDir, 'logs'), healthTimeoutMs: 600_000 });
      const tokens = await Promise.all(demoMunicipality().companions.map((c) => devToken(dataDir, 'companion', { sub: c.id })));
      side.authorizations = tokens.map((t) => `Bearer ${t}`);
    }
    const send = (side: Side) => (i: number) =>
      postGraphQL(`http://127.0.0.1:${side.env.GATEWAY_PORT}/graphql`, { authorization: side.authorizations[i % side.authorizations.length] }, HEADLINE);
    for (const side of sides) await loadRun(CONNECTIONS, 5, send(side)); // warm-up: plans, JIT, pools
    const pids = (side: Side) => async () => {
      const list = new Map([...side.federation!.processes].map(([name, child]) => [name, [child.pid!]]));
      if (side.env.DATABASE_URL) list.set('postgresql', await postgresBackends(side.env.DATABASE_URL));
      return list;
    };
    console.log(`Measuring: ${SLICES} slices of ${SLICE_SECONDS} s per side, alternating, ${CONNECTIONS} connections...`);
    for (let slice = 0; slice < SLICES; slice++) {
      for (const side of slice % 2 ? [...sides].reverse() : sides) {
        const { result, usage } = await measureProcesses(pids(side), () => loadRun(CONNECTIONS, SLICE_SECONDS, send(side)));
        side.runs.push(result);
        addUsage(side.usage, usage);
      }
    }
    const results = sides.map((side) => ({ side, load: summarise(side.runs) }));
    const names = [...new Set(sides.flatMap((s) => [...s.usage.keys()]))];
    const perRequest = (r: (typeof results)[number], name: string) => (r.side.usage.get(name)?.cpuMs ?? 0) / Math.max(1, r.load.requests);
    const total = (r: (typeof results)[number]) => names.reduce((sum, n) => sum + perRequest(r, n), 0);
    const [a, b] = results;
    const lines = [
      `| | ${a.side.label} | ${b.side.label} | this / other |`,
      '|---|---:|---:|---:|',
      `| requests/s | ${a.load.requestsPerSecond.toFixed(1)} | ${b.load.requestsPerSecond.toFixed(1)} | ${(a.load.requestsPerSecond / b.load.requestsPerSecond).toFixed(2)} |`,
      `| p50 ms | ${a.load.p50.toFixed(1)} | ${b.load.p50.toFixed(1)} | ${(a.load.p50 / b.load.p50).toFixed(2)} |`,
      `| errors in body / failed | ${a.load.withErrors} / ${a.load.failed} | ${b.load.withErrors} / ${b.load.failed} | |`,
      ...names.map(
        (n) =>
          `| CPU ms/request: ${n} | ${perRequest(a, n).toFixed(2)} | ${perRequest(b, n).toFixed(2)} | ${(perRequest(a, n) / perRequest(b, n)).toFixed(2)} |`,
      ),
      `| **CPU ms/request, total** | **${total(a).toFixed(1)}** | **${total(b).toFixed(1)}** | **${(total(a) / total(b)).toFixed(2)}** |`,
    ];
    console.log(`\n${lines.join('\n')}`);
  } finally {
    for (const side of sides) await side.federation?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`A/B failed: ${e.message}`);
    process.exit(1);
  },
);
