/**
 * `npm run --silent benchmark`: the headline query under load, spread over every demo companion,
 * through the project's gateway, a stock @apollo/gateway, Hive Gateway and Hive Gateway with the
 * Rust planner, all on the same subgraphs, and along the direct critical path without a gateway.
 * Reports throughput, latency, errors, CPU per request and RSS for each process, as JSON and
 * Markdown. It measures and reports; it never gates anything. Settings: see README, "Benchmark".
 */
import 'reflect-metadata';
import { execSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { demoMunicipality } from '../demo/municipality';
import { loadGatewayConfig } from '../gateway/config';
import { devToken } from '../gateway/dev-token';
import { ensureDevKeys } from '../gateway/keys';
import { readInt, readPort } from '../subgraphs/kit/env';
import { projectRoot } from '../subgraphs/kit/project-root';
import { registry } from '../subgraphs/kit/registry';
import { envPrefix } from '../subgraphs/kit/services';
import { directHeadline } from './benchmark/direct';
import { loadRun, postGraphQL, runLoad, summarise, type GraphQLReply, type LoadResult, type LoadRun } from './benchmark/load';
import { createPassportSource } from './benchmark/passport';
import { HEADLINE, LABELS, PEERS, TARGETS, type Peer, type Target } from './benchmark/targets';
import { addUsage, measureProcesses, pidListeningOn, postgresBackends, type ProcessUsage } from './benchmark/processes';
import { LOAD_GENERATOR, markdown, ratios, type BenchmarkReport, type TargetResult } from './benchmark/report';
import { scaleCompanionIds, scaleFamilyCount } from './seed-scale';
import { startFederation, type Federation } from './federation';

const env = process.env;
const settings = {
  connections: readInt('BENCH_CONNECTIONS', 10, 1, 1000, env),
  seconds: readInt('BENCH_SECONDS', 15, 1, 3600, env),
  warmupSeconds: readInt('BENCH_WARMUP_SECONDS', 3, 0, 600, env),
  lowLoadSeconds: readInt('BENCH_LOW_LOAD_SECONDS', 5, 1, 600, env),
  /** The timed load is split into this many turns per target, interleaved with the other targets'. */
  rounds: readInt('BENCH_ROUNDS', 3, 1, 100, env),
  targets: (env.BENCH_TARGETS ?? TARGETS.join(',')).split(',').map((t) => t.trim()) as Target[],
  /** `start` (default) starts its own federation; `running` uses one already up on the configured ports. */
  federation: env.BENCH_FEDERATION === 'running' ? 'running' : 'start',
  /** `demo` (default): the demo companions; `scale`: the companions `npm run seed:scale` created. */
  companions: env.BENCH_COMPANIONS === 'scale' ? 'scale' : 'demo',
  scaleCompanions: readInt('BENCH_SCALE_COMPANIONS', 200, 1, 100000, env),
  out: path.resolve(env.BENCH_OUT ?? path.join(projectRoot(), 'benchmarks', 'latest')),
};

/** Lists every family in the same order; agenda items in a stable order, whatever each gateway returns. */
function normalise(reply: GraphQLReply): string {
  const families = [...((reply.body.data?.myFamilies ?? []) as Array<{ id: string; agenda?: unknown[] }>)]
    .map((f) => ({ ...f, agenda: f.agenda ? f.agenda.map((a) => JSON.stringify(a)).sort() : f.agenda }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const codes = (reply.body.errors ?? []).map((e) => e.extensions?.code ?? 'error').sort();
  return JSON.stringify({ status: reply.status, families, codes });
}

function requireDatabaseUrl(): string {
  if (!env.DATABASE_URL) throw new Error('BENCH_COMPANIONS=scale needs DATABASE_URL: the scale data lives in PostgreSQL');
  return env.DATABASE_URL;
}

function gitCommit(): string {
  try {
    return execSync('git rev-parse --short HEAD', { cwd: projectRoot(), stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

function startPeer(peer: Peer, port: number, peerEnv: NodeJS.ProcessEnv, logDir: string): Promise<ChildProcess> {
  const log = fs.openSync(path.join(logDir, `peer-${peer}.log`), 'w');
  const child = fork(path.join(__dirname, 'benchmark', 'peer.js'), [peer], {
    env: { ...peerEnv, BENCH_PEER_PORT: String(port) },
    stdio: ['ignore', log, log, 'ipc'],
  });
  fs.closeSync(log);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${peer} did not start within 60 s; see ${logDir}/peer-${peer}.log`)), 60_000);
    child.once('message', () => (clearTimeout(timer), resolve(child)));
    child.once('exit', (code) => (clearTimeout(timer), reject(new Error(`${peer} exited with ${code}; see ${logDir}/peer-${peer}.log`))));
  });
}

async function main() {
  const dataDir = path.resolve(env.RINNALLA_DATA_DIR ?? (settings.federation === 'start' ? path.join(projectRoot(), '.data', 'benchmark') : '.data'));
  const fedEnv: NodeJS.ProcessEnv = { ...env, RINNALLA_DATA_DIR: dataDir };
  const gatewayPort = readPort('GATEWAY_PORT', registry(env).gatewayPort, env);
  const subgraphPorts = registry(env).subgraphs.map((s) => ({ name: s.name, port: readPort(`${envPrefix(s.name)}_PORT`, s.port, env) }));
  const peerPortBase = readPort('BENCH_PEER_PORT_BASE', gatewayPort + 10, env);
  const logDir = path.join(dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });

  let federation: Federation | undefined;
  const peers = new Map<Peer, ChildProcess>();
  const stopAll = async () => {
    for (const child of peers.values()) child.kill('SIGKILL'); // stateless; Hive Gateway ignores SIGTERM while it drains
    await federation?.stop();
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    if (settings.federation === 'start') {
      await ensureDevKeys(dataDir);
      console.log(`Starting the federation on :${gatewayPort} (${env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, data in ${dataDir})...`);
      federation = await startFederation({ env: fedEnv, logDir, healthTimeoutMs: 600_000 });
    }
    const config = loadGatewayConfig(fedEnv);
    const pidOf = (name: string, port: number) => federation?.processes.get(name)?.pid ?? pidListeningOn(port);
    const federationPids = new Map<string, number>(subgraphPorts.map(({ name, port }) => [name, pidOf(name, port)!]));
    for (const [name, pid] of federationPids) if (!pid) throw new Error(`cannot find the ${name} process`);

    const wanted = settings.targets.filter((t): t is Peer => (PEERS as readonly string[]).includes(t));
    for (const [i, peer] of wanted.entries()) {
      console.log(`Starting peer ${LABELS[peer]} on :${peerPortBase + i}...`);
      peers.set(peer, await startPeer(peer, peerPortBase + i, fedEnv, logDir));
    }

    const companionIds =
      settings.companions === 'scale'
        ? await scaleCompanionIds(requireDatabaseUrl(), settings.scaleCompanions)
        : demoMunicipality().companions.map((c) => c.id);
    const tokens = await Promise.all(companionIds.map((id) => devToken(dataDir, 'companion', { sub: id })));
    const authorizations = tokens.map((t) => `Bearer ${t}`);
    const passportsFor = await createPassportSource(config);
    const direct = directHeadline(config.subgraphUrls, passportsFor);
    const targetUrl = (t: Target) =>
      t === 'project' ? `http://127.0.0.1:${gatewayPort}/graphql` : `http://127.0.0.1:${peerPortBase + wanted.indexOf(t as Peer)}/graphql`;
    const send =
      (t: Target) =>
      (i: number): Promise<GraphQLReply> => {
        const authorization = authorizations[i % authorizations.length];
        return t === 'direct' ? direct(authorization) : postGraphQL(targetUrl(t), { authorization }, HEADLINE);
      };
    const gatewayPid = (t: Target) => (t === 'project' ? pidOf('gateway', gatewayPort) : t === 'direct' ? undefined : peers.get(t as Peer)?.pid);
    const pids = (t: Target) => async () => {
      const list = new Map<string, number[]>();
      const gw = gatewayPid(t);
      if (gw) list.set('gateway', [gw]);
      for (const [name, pid] of federationPids) list.set(name, [pid]);
      if (env.DATABASE_URL) list.set('postgresql', await postgresBackends(env.DATABASE_URL));
      list.set(LOAD_GENERATOR, [process.pid]);
      return list;
    };

    // The reference answers: the project gateway's, one per companion, asked one at a time so load cannot change them.
    const answersOf = async (t: Target) => {
      const answers: string[] = [];
      for (let i = 0; i < companionIds.length; i++) answers.push(normalise(await send(t)(i)));
      return answers;
    };
    await answersOf('project'); // first calls plan the query and fill caches; under load they may miss a deadline
    const reference = await answersOf('project');
    // Every target is checked and warmed before anything is measured, so the subgraphs' JIT and caches are
    // as warm for the first target as for the last.
    const prepared = new Map<Target, { wrong: number; answers: string[]; lowLoad: LoadResult }>();
    for (const target of settings.targets) {
      await answersOf(target);
      const answers = await answersOf(target);
      const wrong = answers.findIndex((a, i) => a !== reference[i]);
      console.log(
        `${LABELS[target]}: ${wrong < 0 ? 'same answers' : `different answer for companion #${wrong}`}; warming up ${settings.warmupSeconds} s, 1 connection ${settings.lowLoadSeconds} s...`,
      );
      await runLoad(settings.connections, settings.warmupSeconds, send(target));
      prepared.set(target, { wrong, answers, lowLoad: await runLoad(1, settings.lowLoadSeconds, send(target)) });
    }

    // Load in rounds, the targets taking turns (each round starting one further along), so that a slow minute
    // of the machine falls on every target alike instead of on whichever ran then.
    const slice = settings.seconds / settings.rounds;
    const runs = new Map<Target, LoadRun[]>(settings.targets.map((t) => [t, []]));
    const usageOf = new Map<Target, Map<string, ProcessUsage>>(settings.targets.map((t) => [t, new Map()]));
    const wrongUnderLoad = new Map<Target, number>(settings.targets.map((t) => [t, 0]));
    console.log(`Measuring: ${settings.connections} connections, ${settings.rounds} rounds of ${slice.toFixed(1)} s per target...`);
    for (let round = 0; round < settings.rounds; round++) {
      for (let k = 0; k < settings.targets.length; k++) {
        const target = settings.targets[(round + k) % settings.targets.length];
        // Every answer under load is checked too: a gateway that mixed concurrent users' passports would show here.
        const checked = async (i: number) => {
          const reply = await send(target)(i);
          if (normalise(reply) !== reference[i % reference.length]) wrongUnderLoad.set(target, wrongUnderLoad.get(target)! + 1);
          return reply;
        };
        const { result, usage } = await measureProcesses(pids(target), () => loadRun(settings.connections, slice, checked));
        runs.get(target)!.push(result);
        addUsage(usageOf.get(target)!, usage);
      }
    }

    const results: TargetResult[] = settings.targets.map((target) => {
      const { wrong, answers, lowLoad } = prepared.get(target)!;
      const load = summarise(runs.get(target)!);
      const processes = [...usageOf.get(target)!.values()].map((u) => ({ ...u, cpuMsPerRequest: u.cpuMs / Math.max(1, load.requests) }));
      const result: TargetResult = {
        name: target,
        label: LABELS[target],
        sameAnswer: wrong < 0,
        wrongUnderLoad: wrongUnderLoad.get(target)!,
        mismatch: wrong < 0 ? undefined : `companion #${wrong}: expected ${reference[wrong].slice(0, 200)}, got ${answers[wrong].slice(0, 200)}`,
        lowLoad,
        load,
        processes,
        totalCpuMsPerRequest: processes.filter((p) => p.name !== LOAD_GENERATOR).reduce((s, p) => s + p.cpuMsPerRequest, 0),
      };
      console.log(
        `${LABELS[target]}: ${load.requestsPerSecond.toFixed(1)} req/s, p50 ${load.p50.toFixed(1)} ms, p95 ${load.p95.toFixed(1)} ms, ${result.totalCpuMsPerRequest.toFixed(1)} CPU ms/request`,
      );
      return result;
    });

    const report: BenchmarkReport = {
      at: new Date().toISOString(),
      commit: gitCommit(),
      node: process.version,
      cpus: os.cpus().length,
      database: env.DATABASE_URL ? 'postgresql' : 'pglite',
      families:
        settings.companions === 'scale'
          ? `${await scaleFamilyCount(requireDatabaseUrl())} generated families (npm run seed:scale)`
          : 'demo municipality (300 families)',
      companions: companionIds.length,
      scenario: `${settings.connections} connections for ${settings.seconds} s (${settings.rounds} interleaved turns) after ${settings.warmupSeconds} s warm-up; p50 at 1 connection over ${settings.lowLoadSeconds} s`,
      targets: results,
      ratios: ratios(results),
    };
    fs.mkdirSync(path.dirname(settings.out), { recursive: true });
    fs.writeFileSync(`${settings.out}.json`, JSON.stringify(report, null, 2) + '\n');
    const table = markdown(report);
    fs.writeFileSync(`${settings.out}.md`, table);
    console.log(`\n${table}\nWritten: ${settings.out}.json, ${settings.out}.md`);
  } finally {
    await stopAll();
  }
}

main().then(
  () => process.exit(0),
  (e: Error) => {
    console.error(`Benchmark failed: ${e.message}`);
    process.exit(1);
  },
);
