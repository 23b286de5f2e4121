import { badConfig } from './config-error';

/** Small readers for process.env that fail fast with a message an operator can act on. */
export function readPort(variable: string, fallback: number, env = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw badConfig(`${variable} must be a whole number from 1 to 65535, got "${raw}".`);
  }
  return port;
}

export function readUrl(variable: string, env = process.env, protocols = ['http:', 'https:', 'postgres:', 'postgresql:']): string | undefined {
  const raw = env[variable];
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badConfig(`${variable} must be a URL, for example ${protocols[0]}//host:port.`);
  }
  if (!protocols.includes(url.protocol)) {
    throw badConfig(`${variable} must use one of ${protocols.join(' ')}; got ${url.protocol}`);
  }
  return raw;
}

export function readChoice<T extends string>(variable: string, choices: readonly T[], fallback: T, env = process.env): T {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw badConfig(`${variable} must be one of ${choices.join(', ')}; got "${raw}".`);
  }
  return raw as T;
}

export function readInt(variable: string, fallback: number, min: number, max: number, env = process.env): number {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badConfig(`${variable} must be a whole number from ${min} to ${max}, got "${raw}".`);
  }
  return value;
}
