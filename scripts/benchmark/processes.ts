import fs from 'node:fs';
import { Client } from 'pg';

/** Clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user + system) a process has used so far, in ms; undefined once it is gone. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which sits in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

/** Resident memory of a process in MB. */
export function rssMb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The process listening on a local TCP port, found through the socket's inode in /proc. */
export function pidListeningOn(port: number): number | undefined {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!fs.existsSync(table)) continue;
    for (const line of fs.readFileSync(table, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A') inodes.add(cols[9]);
    }
  }
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
        const link = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(link)?.[1];
        if (inode && inodes.has(inode)) return Number(pid);
      }
    } catch {
      // another user's process, or gone
    }
  }
  return undefined;
}

/** Server backends connected to the benchmark's database, other than the asking connection. */
export async function postgresBackends(databaseUrl: string): Promise<number[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
    return rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

export interface ProcessUsage {
  name: string;
  cpuMs: number;
  peakRssMb: number;
}

/**
 * Measures what a set of processes spend while `run` goes: CPU from /proc before and after,
 * RSS sampled every 250 ms. `pids` is asked again at the end, so backends that connect during the
 * run are counted too (from their start). A name with several processes (PostgreSQL's backends)
 * sums their CPU and reports its largest RSS, since shared memory counts in each.
 */
export async function measureProcesses<T>(pids: () => Promise<Map<string, number[]>>, run: () => Promise<T>): Promise<{ result: T; usage: ProcessUsage[] }> {
  const start = await pids();
  const before = new Map<number, number>();
  for (const list of start.values()) for (const pid of list) before.set(pid, cpuMs(pid) ?? 0);
  const peak = new Map<number, number>();
  const sample = () => {
    for (const list of start.values()) for (const pid of list) peak.set(pid, Math.max(peak.get(pid) ?? 0, rssMb(pid) ?? 0));
  };
  sample();
  const timer = setInterval(sample, 250);
  let result: T;
  try {
    result = await run();
  } finally {
    clearInterval(timer);
  }
  const after = await pids();
  const usage = [...after].map(([name, list]) => ({
    name,
    cpuMs: list.reduce((sum, pid) => sum + Math.max(0, (cpuMs(pid) ?? 0) - (before.get(pid) ?? 0)), 0),
    peakRssMb: Math.max(0, ...list.map((pid) => peak.get(pid) ?? rssMb(pid) ?? 0)),
  }));
  return { result, usage };
}

/** Adds one measured stretch to a running total per process: CPU summed, peak RSS the highest. */
export function addUsage(total: Map<string, ProcessUsage>, usage: ProcessUsage[]): void {
  for (const u of usage) {
    const seen = total.get(u.name);
    total.set(u.name, seen ? { name: u.name, cpuMs: seen.cpuMs + u.cpuMs, peakRssMb: Math.max(seen.peakRssMb, u.peakRssMb) } : u);
  }
}
