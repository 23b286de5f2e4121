import type { Logger } from './logger';

/**
 * Routes what would otherwise be raw lines on stderr through the structured log: an uncaught
 * exception (logged by kind with its stack, then exit 1, so the supervisor restarts the process)
 * and Node's own warnings.
 */
export function logProcessFailures(log: Logger): void {
  process.on('uncaughtException', (error) => {
    log.fatal({ kind: error.name, stack: error.stack }, 'uncaught exception');
    process.exit(1);
  });
  process.removeAllListeners('warning');
  process.on('warning', (warning) => log.warn({ kind: warning.name }, warning.message));
}
