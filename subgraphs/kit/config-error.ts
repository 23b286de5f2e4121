/** A start-up configuration problem: printed as one line, and the process exits non-zero. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const badConfig = (message: string) => new ConfigError(message);
