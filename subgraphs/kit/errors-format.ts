import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger';
import { CLIENT_ERROR_CODES } from './errors';

/**
 * Coded errors reach the client as they are; anything else becomes a bare INTERNAL_SERVER_ERROR.
 * The log gets the error's kind and code, never its message, which may quote data.
 */
export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code as string | undefined;
    if (code && CLIENT_ERROR_CODES.has(code)) {
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
    log.error({ kind: original?.name, code, path: formatted.path }, 'unexpected error');
    return { message: 'Something went wrong on our side. Try again; if it repeats, tell support the time.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
