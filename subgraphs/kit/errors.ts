import { GraphQLError } from 'graphql';

/** The coded errors clients can act on; anything else is masked as INTERNAL_SERVER_ERROR. */
export type ErrorCode =
  'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'SERVICE_UNAVAILABLE' | 'PASSPORT_TOO_LARGE' | 'RATE_LIMITED';

export function codedError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) => codedError('BAD_USER_INPUT', message, field ? { field } : {});
export const forbidden = (message = 'You do not have access to this data.') => codedError('FORBIDDEN', message);
export const notFound = (what: string) => codedError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => codedError('CONFLICT', message);

/** Codes that reach the client as they are: its own mistakes, and a named service that is away. */
export const CLIENT_ERROR_CODES = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SUBGRAPH_UNAVAILABLE',
  'SERVICE_UNAVAILABLE',
  'PASSPORT_TOO_LARGE',
  'RATE_LIMITED',
]);
