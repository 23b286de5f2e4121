import type { LoadResult } from './load';
import type { ProcessUsage } from './processes';
import { PEERS } from './targets';

export interface TargetResult {
  name: string;
  label: string;
  sameAnswer: boolean;
  /** Answers in the timed run that differ from the project gateway's reference for that companion. */
  wrongUnderLoad: number;
  mismatch?: string;
  lowLoad: LoadResult;
  load: LoadResult;
  processes: Array<ProcessUsage & { cpuMsPerRequest: number }>;
  /** CPU per request over the federation's processes and the target's gateway, without the load generator. */
  totalCpuMsPerRequest: number;
}

export interface BenchmarkReport {
  at: string;
  commit: string;
  node: string;
  cpus: number;
  database: 'pglite' | 'postgresql';
  families: string;
  companions: number;
  scenario: string;
  targets: TargetResult[];
  ratios: Record<string, number>;
}

export const LOAD_GENERATOR = 'load generator (this process)';

export function ratios(targets: TargetResult[]): Record<string, number> {
  const by = (name: string) => targets.find((t) => t.name === name);
  const project = by('project');
  const out: Record<string, number> = {};
  if (!project) return out;
  // The gateway's own CPU per request: what a gateway adds, apart from the subgraphs every gateway shares.
  const gatewayCpu = (r: TargetResult) => r.processes.find((p) => p.name === 'gateway')?.cpuMsPerRequest;
  for (const peer of PEERS) {
    const other = by(peer);
    if (!other) continue;
    out[`throughput project / ${peer}`] = project.load.requestsPerSecond / other.load.requestsPerSecond;
    const [mine, theirs] = [gatewayCpu(project), gatewayCpu(other)];
    if (mine && theirs) out[`gateway CPU per request, project / ${peer}`] = mine / theirs;
  }
  const direct = by('direct');
  if (direct) {
    out['p50 at 1 connection, project gateway / direct'] = project.lowLoad.p50 / direct.lowLoad.p50;
    out[`p50 at ${project.load.connections} connections, project gateway / direct`] = project.load.p50 / direct.load.p50;
  }
  return out;
}

const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '–');

export function markdown(report: BenchmarkReport): string {
  const t = report.targets;
  const row = (label: string, cell: (r: TargetResult) => string) => `| ${label} | ${t.map(cell).join(' | ')} |`;
  const processNames = [...new Set(t.flatMap((r) => r.processes.map((p) => p.name)))];
  const usage = (r: TargetResult, name: string) => r.processes.find((p) => p.name === name);
  const lines = [
    `Headline query (\`CompanionAgenda\`), ${report.scenario}; ${report.database}, ${report.families}, ${report.companions} companions in rotation.`,
    `${report.at}, commit ${report.commit}, Node ${report.node}, ${report.cpus} CPUs (shared: compare ratios, not absolute times).`,
    '',
    `| | ${t.map((r) => r.label).join(' | ')} |`,
    `|---|${t.map(() => '---:').join('|')}|`,
    row('same answer as the project gateway', (r) => (r.sameAnswer ? 'yes' : `**no**`)),
    row('answers under load differing from the reference', (r) => String(r.wrongUnderLoad)),
    row('requests/s', (r) => r.load.requestsPerSecond.toFixed(1)),
    row('p50 ms', (r) => ms(r.load.p50)),
    row('p95 ms', (r) => ms(r.load.p95)),
    row('p99 ms', (r) => ms(r.load.p99)),
    row('non-2xx / errors in body / failed', (r) => `${r.load.non2xx} / ${r.load.withErrors} / ${r.load.failed}`),
    row('p50 ms at 1 connection', (r) => ms(r.lowLoad.p50)),
    row('**CPU ms per request, total**', (r) => `**${ms(r.totalCpuMsPerRequest)}**`),
    ...processNames.map((name) => row(`CPU ms/request: ${name}`, (r) => ms(usage(r, name)?.cpuMsPerRequest ?? NaN))),
    ...processNames.map((name) => row(`peak RSS MB: ${name}`, (r) => (usage(r, name) ? usage(r, name)!.peakRssMb.toFixed(0) : '–'))),
    '',
    '| ratio | value |',
    '|---|---:|',
    ...Object.entries(report.ratios).map(([k, v]) => `| ${k} | ${v.toFixed(2)}× |`),
  ];
  const broken = t.filter((r) => !r.sameAnswer || r.load.firstError);
  const problems = (r: TargetResult) => [r.mismatch, r.load.firstError && `first error: ${r.load.firstError}`].filter(Boolean).join('; ');
  if (broken.length) lines.push('', ...broken.map((r) => `- ${r.label}: ${problems(r)}`));
  lines.push(
    '',
    `CPU is read from /proc/<pid>/stat (user + system) before and after the timed run and divided by the requests served. The total leaves out the ${LOAD_GENERATOR}, which also signs the direct path's passports. PostgreSQL's row sums the backends connected to the benchmark's database; its RSS is the largest backend (shared buffers count in each).`,
  );
  return lines.join('\n') + '\n';
}
