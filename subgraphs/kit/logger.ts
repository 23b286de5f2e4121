import pino from 'pino';

/**
 * One structured logger for every process. Log ids, counts and timings only:
 * names, HETUs, notes and tokens never go into a log line.
 */
export function createLogger(service: string) {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    redact: { paths: ['req.headers.authorization', 'headers.authorization', '*.passport', 'variables'], remove: true },
  });
}

export type Logger = ReturnType<typeof createLogger>;
