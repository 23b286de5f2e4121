import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { GATEWAY_PORT, SUBGRAPHS, envPrefix } from '../subgraphs/kit/services';
import { readPort } from '../subgraphs/kit/env';
import { projectRoot } from '../subgraphs/kit/project-root';

// Processes run the compiled code, also when the tests start them from the sources.
const DIST = path.join(projectRoot(), 'dist');

export interface Federation {
  gatewayUrl: string;
  processes: Map<string, ChildProcess>;
  stop(): Promise<void>;
}

async function waitForHealth(name: string, url: string, child: ChildProcess, logFile: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
      throw new Error(`${name} exited with code ${child.exitCode}. Last lines of ${logFile}:\n${tail}`);
    }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not become healthy at ${url} within ${timeoutMs / 1000} s; see ${logFile}`);
}

/** Refuses to start over another instance: its health checks would answer for ours. */
function assertPortFree(name: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', () => reject(new Error(`Port ${port} for ${name} is already in use: is Rinnalla already running?`)));
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

/**
 * Starts every subgraph as its own process, waits for their health checks, then the gateway.
 * Each process logs to `<logDir>/<name>.log`.
 */
export async function startFederation(opts: { env: NodeJS.ProcessEnv; logDir: string; onReady?: (name: string, port: number) => void; timeoutMs?: number }): Promise<Federation> {
  fs.mkdirSync(opts.logDir, { recursive: true });
  const processes = new Map<string, ChildProcess>();
  const stop = async () => {
    const exits = [...processes.values()].filter((c) => c.exitCode === null).map((c) => new Promise((r) => { c.once('exit', r); c.kill('SIGTERM'); }));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(exits), new Promise((r) => (timer = setTimeout(r, 10_000)))]);
    clearTimeout(timer);
    for (const c of processes.values()) if (c.exitCode === null) c.kill('SIGKILL');
  };
  const launch = (name: string, script: string, port: number) => {
    const logFile = path.join(opts.logDir, `${name}.log`);
    const out = fs.openSync(logFile, 'w');
    const child = spawn(process.execPath, [path.join(DIST, script)], { env: opts.env, stdio: ['ignore', out, out] });
    fs.closeSync(out);
    processes.set(name, child);
    return waitForHealth(name, `http://127.0.0.1:${port}/health`, child, logFile, opts.timeoutMs ?? 120_000).then(() => opts.onReady?.(name, port));
  };
  const ports = SUBGRAPHS.map((s) => ({ name: s.name, port: readPort(`${envPrefix(s.name)}_PORT`, s.port, opts.env) }));
  const gatewayPort = readPort('GATEWAY_PORT', GATEWAY_PORT, opts.env);
  for (const { name, port } of [...ports, { name: 'gateway', port: gatewayPort }]) await assertPortFree(name, port);
  try {
    await Promise.all(ports.map(({ name, port }) => launch(name, `subgraphs/${name}/main.js`, port)));
    await launch('gateway', 'gateway/main.js', gatewayPort);
    return { gatewayUrl: `http://localhost:${gatewayPort}/graphql`, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
