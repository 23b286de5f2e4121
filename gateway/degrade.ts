import { Kind, parse, type FieldNode, type GraphQLFormattedError, type SelectionSetNode } from 'graphql';

/**
 * When a subgraph cannot be reached during an `_entities` fetch, answer for it: every entity
 * with the requested fields set to null. A nullable provider field, such as `Family.clinicAgenda`,
 * then reaches `@requires` as null, and the timeline shows the other providers instead of nothing.
 */
export function unavailableEntities(query: string | undefined, variables: Record<string, unknown> | undefined): object[] | undefined {
  if (!query || !Array.isArray(variables?.representations)) return undefined;
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const entities = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === '_entities');
  if (!entities?.selectionSet) return undefined;
  const fieldsByType = new Map<string, string[]>();
  for (const s of entities.selectionSet.selections) {
    if (s.kind !== Kind.INLINE_FRAGMENT || !s.typeCondition) continue;
    fieldsByType.set(s.typeCondition.name.value, responseNames(s.selectionSet));
  }
  return (variables.representations as Array<{ __typename: string }>).map((rep) => ({
    __typename: rep.__typename,
    ...Object.fromEntries((fieldsByType.get(rep.__typename) ?? []).filter((f) => f !== '__typename').map((f) => [f, null])),
  }));
}

function responseNames(selectionSet: SelectionSetNode): string[] {
  return selectionSet.selections.filter((s): s is FieldNode => s.kind === Kind.FIELD).map((f) => f.alias?.value ?? f.name.value);
}

/** Why a subgraph call failed: it could not be reached in time, or it answered with something other than data. */
export type CallFailure =
  { kind: 'unreachable' | 'timeout'; status?: number } | { kind: 'error-status' | 'bad-response'; status?: number; errors?: GraphQLFormattedError[] };

/** Proxies in front of a subgraph say it is away with these. */
const AWAY_STATUSES = new Set([502, 503, 504]);

const NETWORK_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ETIMEDOUT']);

export function callFailure(error: unknown): CallFailure {
  const { name, code, cause, extensions } = (error ?? {}) as {
    name?: string;
    code?: string;
    cause?: unknown;
    extensions?: { response?: { status?: number; body?: unknown } };
  };
  if (name === 'TimeoutError' || name === 'AbortError') return { kind: 'timeout' };
  // node's http client (gateway/subgraph-agent.ts) rejects with the socket's error code.
  if (code && NETWORK_ERROR_CODES.has(code)) return { kind: 'unreachable' };
  // undici's fetch rejects with a TypeError when no connection could be made (refused, reset, DNS);
  // by name, since it may come from another realm than ours (under jest, say).
  if (name === 'TypeError' && cause) return { kind: 'unreachable' };
  const response = extensions?.response;
  if (response?.status !== undefined) {
    if (AWAY_STATUSES.has(response.status)) return { kind: 'unreachable', status: response.status };
    const errors = (response.body as { errors?: unknown } | undefined)?.errors;
    return { kind: 'error-status', status: response.status, errors: Array.isArray(errors) ? (errors as GraphQLFormattedError[]) : undefined };
  }
  return { kind: 'bad-response' };
}
