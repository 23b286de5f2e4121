import { randomUUID } from 'node:crypto';
import { PassportKeyRing } from '../../gateway/keys';
import { PASSPORT_HEADER, signPassport, type Passport } from '../../subgraphs/kit/passport';
import { dataDir, type GraphQLResponse } from './client';

/** A passport as the gateway would sign it for `subgraph`, for calling it directly (no gateway deadline in between). */
export async function passportFor(passport: Passport, subgraph: string): Promise<string> {
  return signPassport(passport, await PassportKeyRing.open(dataDir()).signing(), subgraph);
}

/** Posts an operation straight to a subgraph; a dropped connection (a killed process) rejects. */
export async function subgraphGql<T = Record<string, any>>(
  url: string,
  query: string,
  opts: { passport: string; variables?: Record<string, unknown> },
): Promise<GraphQLResponse<T>> {
  const requestId = randomUUID();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-request-id': requestId, [PASSPORT_HEADER]: opts.passport },
    body: JSON.stringify({ query, variables: opts.variables }),
  });
  return { status: res.status, ...((await res.json()) as object), requestId };
}
