/**
 * Imported first by every entry point (subgraph processes through server.ts, the gateway, `npm start`):
 * a registry that cannot be used stops the process with its one coded line, before any module builds on it.
 */
import { registry, RegistryError } from './registry';

try {
  registry();
} catch (error) {
  if (!(error instanceof RegistryError) || process.env.JEST_WORKER_ID) throw error;
  // On a terminal the message itself; otherwise one line in the processes' log format, so the supervisor shows it as it is.
  const line = process.stderr.isTTY
    ? error.message
    : JSON.stringify({ level: 60, time: Date.now(), pid: process.pid, name: 'registry', kind: error.name, msg: error.message });
  process.stderr.write(line + '\n');
  process.exit(1);
}
