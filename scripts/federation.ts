import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { readInt, readPort } from '../subgraphs/kit/env';
import { probe } from '../subgraphs/kit/health';
import { projectRoot } from '../subgraphs/kit/project-root';
import { mainScript, registry } from '../subgraphs/kit/registry';
import { envPrefix } from '../subgraphs/kit/services';
import { SUBGRAPH_NODE_OPTIONS } from '../subgraphs/kit/process';

// Processes run the compiled code, also when the tests start them from the sources.
const DIST = path.join(projectRoot(), 'dist');

/** A process that crashes this often within this window is left down and the federation stops. */
export const CRASH_LIMIT = 5;
const CRASH_WINDOW_MS = 60_000;
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 15_000;

/** What the supervisor tells its user; `lines` are the process's last log messages, never raw output. */
export type SupervisorEvent =
  | { kind: 'progress'; name: string; message: string }
  | { kind: 'crashed'; name: string; exit: string; lines: string[]; restartInMs: number; logFile: string }
  | { kind: 'recovered'; name: string; port: number }
  | { kind: 'gave-up'; name: string; exit: string; lines: string[]; crashes: number; logFile: string };

export interface Federation {
  gatewayUrl: string;
  /** The running process of each service; a restart replaces the entry. */
  processes: Map<string, ChildProcess>;
  /** Resolves when the federation has stopped on its own: a process kept crashing. */
  gaveUp: Promise<Error>;
  stop(): Promise<void>;
}

export interface FederationOptions {
  env: NodeJS.ProcessEnv;
  logDir: string;
  onReady?: (name: string, port: number) => void;
  onEvent?: (event: SupervisorEvent) => void;
  /** How long a starting process may go without answering its health check or logging; `RINNALLA_HEALTH_TIMEOUT_MS`, default 300 s. */
  healthTimeoutMs?: number;
  /** Restart a process that crashes after it was up (with backoff); otherwise only report it. Default on. */
  restart?: boolean;
}

/** One JSON line in the process's own log format, so its log file tells the whole story. */
const supervisorLine = (level: number, msg: string, extra: object = {}) =>
  JSON.stringify({ level, time: Date.now(), name: 'supervisor', ...extra, msg }) + '\n';

const exitText = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `signal ${signal}` : `exit code ${code}`);

/**
 * The last messages of a log, as `level: message (kind)`. Lines that are not structured (an uncaught
 * exception printed by Node, say) may quote data, so they are counted and named by error class only.
 */
export function lastMessages(text: string, count = 8): string[] {
  const out: string[] = [];
  let raw = 0;
  const rawKinds = new Set<string>();
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; kind?: string; name?: string };
      if (entry.name === 'supervisor') continue;
      const level = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' }[entry.level ?? 30] ?? 'info';
      out.push(`${level}: ${entry.msg ?? ''}${entry.kind ? ` (${entry.kind})` : ''}`);
    } catch {
      raw++;
      const kind = /^\s*(?:Uncaught )?([A-Z][A-Za-z]*(?:Error|Exception))\b/.exec(line)?.[1];
      if (kind) rawKinds.add(kind);
    }
  }
  const tail = out.slice(-count);
  if (raw) tail.push(`${raw} unstructured line(s) on stdout/stderr${rawKinds.size ? `: ${[...rawKinds].join(', ')}` : ''}; see the log file`);
  return tail;
}

/** Refuses to start over another instance: its health checks would answer for ours. */
function assertPortFree(name: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probeServer = net.createServer();
    probeServer.once('error', () => reject(new Error(`Port ${port} for ${name} is already in use: is Rinnalla already running?`)));
    probeServer.listen(port, () => probeServer.close(() => resolve()));
  });
}

/**
 * Starts every subgraph as its own process, waits for their health checks, then the gateway, and
 * supervises them: a process that crashes after it was up is restarted with backoff, and one that
 * keeps crashing stops the federation. Each process logs to `<logDir>/<name>.log` from its first line.
 */
export async function startFederation(opts: FederationOptions): Promise<Federation> {
  fs.mkdirSync(opts.logDir, { recursive: true });
  const healthTimeoutMs = opts.healthTimeoutMs ?? readInt('RINNALLA_HEALTH_TIMEOUT_MS', 300_000, 1000, 3_600_000, opts.env);
  const restart = opts.restart ?? true;
  const processes = new Map<string, ChildProcess>();
  const crashes = new Map<string, number[]>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;
  let giveUp: (reason: Error) => void = () => {};
  const gaveUp = new Promise<Error>((resolve) => (giveUp = resolve));

  const stop = async () => {
    stopping = true;
    for (const t of timers) clearTimeout(t);
    const running = [...processes.values()].filter((c) => c.exitCode === null && c.signalCode === null);
    const exits = running.map(
      (c) =>
        new Promise((r) => {
          c.once('exit', r);
          c.kill('SIGTERM');
        }),
    );
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(exits), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  };

  /**
   * Polls health over node:http, passing on seeding progress from the log meanwhile. A process
   * that logs is making progress, so the deadline counts from its last log line.
   */
  const waitForHealth = async (name: string, port: number, child: ChildProcess, logFile: string, from: number) => {
    let deadline = Date.now() + healthTimeoutMs;
    let offset = from;
    const relay = () => {
      const size = fs.statSync(logFile).size;
      if (size <= offset) return;
      deadline = Date.now() + healthTimeoutMs;
      const fd = fs.openSync(logFile, 'r');
      const chunk = Buffer.alloc(size - offset);
      fs.readSync(fd, chunk, 0, chunk.length, offset);
      fs.closeSync(fd);
      const text = chunk.toString('utf8');
      const complete = text.lastIndexOf('\n') + 1; // a half-written line waits for the next poll
      offset += Buffer.byteLength(text.slice(0, complete));
      for (const line of text.slice(0, complete).split('\n')) {
        let entry: { msg?: string; table?: string; rows?: number; ms?: number; migration?: string };
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        if (entry.msg === 'database open')
          opts.onEvent?.({ kind: 'progress', name, message: `database open and migrated in ${((entry.ms ?? 0) / 1000).toFixed(1)} s` });
        else if (entry.msg === 'seeding') opts.onEvent?.({ kind: 'progress', name, message: `seeding ${entry.table}: ${entry.rows} rows` });
        else if (entry.msg === 'seeded the demo municipality')
          opts.onEvent?.({ kind: 'progress', name, message: `seeded ${entry.rows} rows in ${((entry.ms ?? 0) / 1000).toFixed(1)} s` });
      }
    };
    while (Date.now() < deadline) {
      relay();
      if (child.exitCode !== null || child.signalCode !== null) {
        const tail = lastMessages(fs.readFileSync(logFile).subarray(from).toString('utf8'), 15).join('\n  ');
        throw new Error(`${name} stopped (${exitText(child.exitCode, child.signalCode)}) before it was up. Its last log messages (${logFile}):\n  ${tail}`);
      }
      if (await probe(`http://127.0.0.1:${port}/health`, 1000)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(
      `${name} neither answered its health check at :${port} nor logged anything for ${healthTimeoutMs / 1000} s (RINNALLA_HEALTH_TIMEOUT_MS); see ${logFile}`,
    );
  };

  const launch = (name: string, script: string, port: number, fresh: boolean): { child: ChildProcess; up: Promise<void> } => {
    const logFile = path.join(opts.logDir, `${name}.log`);
    // Opened before spawn, so the file holds everything from the process's first line.
    const out = fs.openSync(logFile, fresh ? 'w' : 'a');
    fs.writeSync(out, supervisorLine(30, `starting ${name}`));
    const from = fs.fstatSync(out).size;
    const args = name === 'gateway' ? [script] : [...SUBGRAPH_NODE_OPTIONS, script];
    const child = spawn(process.execPath, args, { env: opts.env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    processes.set(name, child);
    let up = false;
    child.once('exit', (code, signal) => {
      if (stopping || (fresh && !up)) return; // on the first start, a process that never came up fails the start instead
      const exit = exitText(code, signal);
      fs.appendFileSync(logFile, supervisorLine(50, `${name} stopped unexpectedly`, { exit }));
      const lines = lastMessages(fs.readFileSync(logFile).subarray(from).toString('utf8'));
      const now = Date.now();
      const recent = [...(crashes.get(name) ?? []).filter((t) => now - t < CRASH_WINDOW_MS), now];
      crashes.set(name, recent);
      if (!restart) return opts.onEvent?.({ kind: 'crashed', name, exit, lines, restartInMs: -1, logFile });
      if (recent.length >= CRASH_LIMIT) {
        opts.onEvent?.({ kind: 'gave-up', name, exit, lines, crashes: recent.length, logFile });
        void stop().then(() => giveUp(new Error(`${name} crashed ${recent.length} times within a minute (last: ${exit}); see ${logFile}`)));
        return;
      }
      const restartInMs = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** (recent.length - 1));
      opts.onEvent?.({ kind: 'crashed', name, exit, lines, restartInMs, logFile });
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (stopping) return;
        const again = launch(name, script, port, false);
        again.up.then(
          () => opts.onEvent?.({ kind: 'recovered', name, port }),
          // Up but never healthy counts as a crash: kill it, and the exit handler decides again.
          () => again.child.kill('SIGKILL'),
        );
      }, restartInMs);
      timers.add(timer);
    });
    const ready = waitForHealth(name, port, child, logFile, from).then(() => {
      up = true;
    });
    return { child, up: ready };
  };

  // Every registered subgraph (`RINNALLA_REGISTRY` in the processes' env picks another registry file).
  const { subgraphs, gatewayPort: defaultGatewayPort } = registry(opts.env);
  const ports = subgraphs.map((s) => ({ name: s.name, script: mainScript(s), port: readPort(`${envPrefix(s.name)}_PORT`, s.port, opts.env) }));
  const gatewayPort = readPort('GATEWAY_PORT', defaultGatewayPort, opts.env);
  for (const { name, port } of [...ports, { name: 'gateway', port: gatewayPort }]) await assertPortFree(name, port);
  try {
    const first = (name: string, script: string, port: number) => launch(name, script, port, true).up.then(() => opts.onReady?.(name, port));
    await Promise.all(ports.map(({ name, script, port }) => first(name, script, port)));
    await first('gateway', path.join(DIST, 'gateway/main.js'), gatewayPort);
    return { gatewayUrl: `http://localhost:${gatewayPort}/graphql`, processes, gaveUp, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
