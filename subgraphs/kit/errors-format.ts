import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from './logger';
import { CLIENT_ERROR_CODES } from './errors';

export const GENERIC_ERROR_MESSAGE = 'Something went wrong on our side. Try again; if it repeats, tell support the time.';

/**
 * The code a client may see for an error, or undefined when it must be masked. Apollo Server's own
 * refusals of a request (say, a persisted-query hash that does not match) carry an HTTP 4xx but no
 * code; they are the client's mistake, so they count as BAD_REQUEST.
 */
export function clientCode(error: unknown): string | undefined {
  const extensions = (error as { extensions?: { code?: unknown; http?: { status?: number } } } | undefined)?.extensions;
  const code = typeof extensions?.code === 'string' ? extensions.code : undefined;
  if (code && CLIENT_ERROR_CODES.has(code)) return code;
  const status = extensions?.http?.status;
  return !code && status !== undefined && status >= 400 && status < 500 ? 'BAD_REQUEST' : undefined;
}

/**
 * Coded errors reach the client as they are; anything else becomes a bare INTERNAL_SERVER_ERROR
 * with a generic message, which quotes nothing.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = clientCode({ extensions: formatted.extensions }) ?? clientCode(error);
  if (!code) return { message: GENERIC_ERROR_MESSAGE, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  const { stacktrace: _drop, validationErrors, ...extensions } = formatted.extensions ?? {};
  if (Array.isArray(validationErrors)) {
    const problems = flattenValidation(validationErrors as ValidationProblem[]);
    return { ...formatted, message: problems.map((p) => p.message).join(' '), extensions: { ...extensions, code, problems } };
  }
  return { ...formatted, extensions: { ...extensions, code } };
}

/** `maskError` that also logs what it masks: the error's kind and code, never its message, which may quote data. */
export function maskErrors(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const refusal = formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' ? scalarRefusal(error) : undefined;
    if (refusal) return { message: refusal.message, locations: formatted.locations, path: formatted.path, extensions: refusal.extensions };
    const masked = maskError(formatted, error);
    if (masked.extensions?.code === 'INTERNAL_SERVER_ERROR') {
      const original = (error as { originalError?: Error })?.originalError ?? (error as Error);
      log.error({ kind: original?.name, code: formatted.extensions?.code, path: formatted.path }, 'unexpected error');
    }
    return masked;
  };
}

interface ValidationProblem {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationProblem[];
}

/** class-validator's nested errors as `{ field, message }`, with dotted paths and no rejected values. */
function flattenValidation(errors: ValidationProblem[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => ({ field, message: `${field}: ${m}.` }));
    return [...own, ...flattenValidation(e.children ?? [], field)];
  });
}

/** A literal a kit scalar refuses (`validUntil: "2026-13-45"`) fails validation; its own coded error says why. */
function scalarRefusal(error: unknown): GraphQLError | undefined {
  for (let e = error as { originalError?: unknown } | undefined; e; e = e.originalError as typeof e) {
    if (e instanceof GraphQLError && e.extensions?.code === 'BAD_USER_INPUT') return e;
  }
  return undefined;
}

/**
 * Validation answers HTTP 400, which the gateway can only take as a failed fetch (a 500 for the client).
 * When every error is the client's bad input, the subgraph answers 200 and the coded errors pass through.
 */
export const badInputAnswered: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (response.http.status === 400 && errors?.length && errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT')) response.http.status = 200;
      },
    };
  },
};
