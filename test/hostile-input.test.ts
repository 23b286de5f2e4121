import { demoMunicipality } from '../demo/municipality';
import type { DemoUserRole } from '../demo/municipality';
import { gatewayUrl, tokenFor } from './setup/client';

/**
 * One representative of each kind of hostile request from the hardening review (issue 11): each is
 * the client's mistake, so each gets a 4xx or a coded error, never a 5xx, and names its request id.
 */
const demo = demoMunicipality();

interface Hostile {
  /** A JSON body (serialised here), or the raw body text. */
  body?: unknown;
  raw?: string;
  role?: DemoUserRole | null;
  method?: 'GET' | 'POST';
  query?: string;
  headers?: Record<string, string>;
}

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: myFamilies { id }`).join(' ')} }`;
const deep = (n: number) => `{ myFamilies ${'{ members '.repeat(n - 1)}{ id }${' }'.repeat(n - 1)} }`;
const directives = (n: number) => `{ myFamilies ${Array.from({ length: n }, (_, i) => `@d${i}`).join(' ')} { id } }`;
const grantConsent = (validUntil: string) =>
  `mutation { grantConsent(input: { familyId: "${demo.families[0].id}", companionId: "${demo.companions[5].id}", scopes: [BOOKINGS], validUntil: "${validUntil}" }) { id } }`;
const registerFamily = `mutation($input: RegisterFamilyInput!) { registerFamily(input: $input) { id } }`;
// Valid HETUs of nobody in the demo, so only the refused text can fail these rows.
const member = (hetu: string) => ({ role: 'GUARDIAN', firstName: 'Testi', lastName: 'Testinen', hetu });

// [kind, request, expected HTTP status (exact, or "below 500" for errors inside a 200), expected code]
const HOSTILE: Array<[string, Hostile, number | 'ok', string]> = [
  ['a syntax error', { body: { query: '{ myFamilies { id }' } }, 400, 'GRAPHQL_PARSE_FAILED'],
  ['a token flood', { body: { query: `{ myFamilies { ${'id '.repeat(2100)} } }` } }, 400, 'GRAPHQL_PARSE_FAILED'],
  ['a NUL byte in the query', { body: { query: '{ myFamilies { id\u0000 } }' } }, 400, 'GRAPHQL_PARSE_FAILED'],
  ['an unknown operationName', { body: { query: 'query Mine { myFamilies { id } }', operationName: 'Theirs' } }, 400, 'OPERATION_RESOLUTION_FAILURE'],
  [
    'two operations and no operationName',
    { body: { query: 'query A { myFamilies { id } } query B { myFamilies { id } }' } },
    400,
    'OPERATION_RESOLUTION_FAILURE',
  ],
  [
    'a persisted-query hash that does not match the query',
    { body: { query: '{ myFamilies { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } } },
    400,
    'BAD_REQUEST',
  ],
  ['an unknown field', { body: { query: '{ myFamilies { nope } }' } }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['60 unknown directives', { body: { query: directives(60) } }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a 20-deep query', { body: { query: deep(20) } }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['101 aliases', { body: { query: aliases(101) } }, 400, 'GRAPHQL_VALIDATION_FAILED'],
  ['a body over the size limit', { body: { query: `{ myFamilies { id } } # ${'x'.repeat(120_000)}` } }, 413, 'BAD_REQUEST'],
  ['a body that is not JSON', { raw: '{"query": "{ myFamilies { id } }"' }, 400, 'BAD_REQUEST'],
  ['a batch of operations', { raw: JSON.stringify([{ query: '{ myFamilies { id } }' }, { query: '{ myFamilies { id } }' }]) }, 400, 'BAD_REQUEST'],
  ['a body without a query', { body: { variables: {} } }, 400, 'BAD_REQUEST'],
  ['a text/plain POST (CSRF)', { raw: JSON.stringify({ query: '{ myFamilies { id } }' }), headers: { 'content-type': 'text/plain' } }, 400, 'BAD_REQUEST'],
  ['a mutation over GET', { method: 'GET', query: 'mutation { revokeConsent(id: "00000000-0000-4000-8000-000000000000") { id } }' }, 405, 'BAD_REQUEST'],
  ['no token', { body: { query: '{ myFamilies { id } }' }, role: null }, 401, 'UNAUTHENTICATED'],
  [
    'a variable of the wrong type',
    { body: { query: 'query($id: ID!) { family(id: $id) { id } }', variables: { id: { nested: true } } }, role: 'family-worker' },
    400,
    'BAD_USER_INPUT',
  ],
  ['a missing required variable', { body: { query: 'query($id: ID!) { family(id: $id) { id } }' }, role: 'family-worker' }, 400, 'BAD_USER_INPUT'],
  // Bad values inside valid documents: each subgraph refuses them before any SQL runs.
  ['a non-uuid family id', { body: { query: '{ family(id: "x") { id } }' }, role: 'family-worker' }, 'ok', 'BAD_USER_INPUT'],
  ['a non-uuid consent id', { body: { query: 'mutation { revokeConsent(id: "not-a-uuid") { id } }' }, role: 'guardian' }, 'ok', 'BAD_USER_INPUT'],
  ['an inline date that does not exist', { body: { query: grantConsent('2026-02-30') }, role: 'guardian' }, 'ok', 'BAD_USER_INPUT'],
  [
    'a start date in year 0',
    {
      body: {
        query: 'mutation($input: AssignCompanionInput!) { assignCompanion(input: $input) { id } }',
        variables: { input: { familyId: demo.families[0].id, companionId: demo.companions[5].id, startsOn: '0000-01-01' } },
      },
      role: 'volunteer-coordinator',
    },
    'ok',
    'BAD_USER_INPUT',
  ],
  [
    'terminal escape codes in a name',
    {
      body: { query: registerFamily, variables: { input: { displayName: 'Testinen \u001b[31mfamily', members: [member('010190-997U')] } } },
      role: 'family-worker',
    },
    'ok',
    'BAD_USER_INPUT',
  ],
  [
    'a right-to-left override in a name',
    {
      body: {
        query: registerFamily,
        variables: { input: { displayName: 'Testinen family', members: [{ ...member('010190-996T'), lastName: 'Testi\u202Enen' }] } },
      },
      role: 'family-worker',
    },
    'ok',
    'BAD_USER_INPUT',
  ],
];

async function send(request: Hostile) {
  const role = request.role === undefined ? 'companion' : request.role;
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'apollo-require-preflight': 'true',
    ...(role && { authorization: `Bearer ${await tokenFor(role)}` }),
    ...request.headers,
  };
  const url = request.query ? `${gatewayUrl()}?query=${encodeURIComponent(request.query)}` : gatewayUrl();
  const res = await fetch(url, {
    method: request.method ?? 'POST',
    headers,
    body: request.method === 'GET' ? undefined : (request.raw ?? JSON.stringify(request.body)),
  });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  return { status: res.status, requestId: res.headers.get('x-request-id'), errors: body.errors ?? [] };
}

describe('hostile requests get a coded refusal, never a 5xx', () => {
  it.each(HOSTILE)('%s', async (_kind, request, status, code) => {
    const res = await send(request);
    expect(res.status).toBeLessThan(500);
    if (status !== 'ok') expect(res.status).toBe(status);
    expect([...new Set(res.errors.map((e) => e.extensions?.code))]).toEqual([code]);
    expect(res.requestId).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });

  it('refuses 60 unknown directives once, naming the limit', async () => {
    const res = await send({ body: { query: directives(60) } });
    expect(res.errors).toHaveLength(1);
    expect(res.errors[0].message).toMatch(/Directives limit of 20 exceeded/);
  });

  it('echoes a plain request id the client sent, and replaces one that is not plain', async () => {
    const mine = await send({ body: { query: '{ myFamilies { id } }' }, headers: { 'x-request-id': 'support-ticket-1234' } });
    expect(mine.requestId).toBe('support-ticket-1234');
    const odd = await send({ body: { query: '{ myFamilies { id } }' }, headers: { 'x-request-id': 'x\u00e4<script>' } });
    expect(odd.requestId).not.toContain('script');
  });
});
