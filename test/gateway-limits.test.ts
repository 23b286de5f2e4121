import fs from 'node:fs';
import http from 'node:http';
import { DEV_AUDIENCE, DEV_ISSUER, loadGatewayConfig } from '../gateway/config';
import { devIssuerFiles } from '../gateway/keys';
import { startGateway, type RunningGateway } from '../gateway/server';
import { GENERIC_ERROR_MESSAGE } from '../subgraphs/kit/errors-format';
import { dataDir, gatewayUrl, gql, HEADLINE, testSubgraphEnv, tokenFor } from './setup/client';
import { TEST_PORT_BASE } from './setup/global-setup';

// In-process gateways and stand-ins sit just above the test federation's ports.
const JWKS_PORT = TEST_PORT_BASE + 10;
const PRODUCTION_PORT = TEST_PORT_BASE + 11;
const FAULTY_SUBGRAPH_PORT = TEST_PORT_BASE + 12;
const FAULTY_GATEWAY_PORT = TEST_PORT_BASE + 13;

const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: myFamilies { id }`).join(' ')} }`;
const deep = (n: number) => `{ myFamilies ${'{ members '.repeat(n - 1)}{ id }${' }'.repeat(n - 1)} }`;

describe('operation limits at the gateway (defaults)', () => {
  it('refuses 101 aliases', async () => {
    const res = await gql(aliases(101), { token: await tokenFor('companion') });
    expect(res.data).toBeUndefined();
    expect(res.errors![0].message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it('accepts a few aliases', async () => {
    const res = await gql(aliases(3), { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
  });

  it('refuses a 20-deep query', async () => {
    const res = await gql(deep(20), { token: await tokenFor('companion') });
    expect(res.data).toBeUndefined();
    expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/depth limit of 12 exceeded/);
  });

  it('refuses a query over the token limit as a parse failure (400), not a 500', async () => {
    const res = await gql(`{ myFamilies { ${'id '.repeat(2100)} } }`, { token: await tokenFor('companion') });
    expect(res.status).toBe(400);
    expect(res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(res.errors![0].message).toMatch(/2000 tokens/);
  });

  it('refuses a request body over the size limit with 413', async () => {
    const res = await gql(`{ myFamilies { id } } # ${'x'.repeat(120_000)}`, { token: await tokenFor('companion') });
    expect(res.status).toBe(413);
  });

  it('refuses a mutation over GET', async () => {
    const url = `${gatewayUrl()}?query=${encodeURIComponent('mutation { revokeConsent(id: "00000000-0000-4000-8000-000000000000") { id } }')}`;
    const res = await fetch(url, { headers: { authorization: `Bearer ${await tokenFor('guardian')}`, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
  });

  it.each(['application/x-www-form-urlencoded', 'text/plain'])('refuses a %s POST (CSRF)', async (contentType) => {
    const res = await fetch(gatewayUrl(), {
      method: 'POST',
      headers: { 'content-type': contentType, authorization: `Bearer ${await tokenFor('companion')}` },
      body: contentType === 'text/plain' ? JSON.stringify({ query: HEADLINE }) : `query=${encodeURIComponent(HEADLINE)}`,
    });
    expect(res.status).toBe(400);
  });
});

describe('a subgraph that answers with an error it did not code', () => {
  // Stands in for the housing subgraph: it answers, but with a database error, a 500 or a proxy's HTML page.
  const INTERNAL = 'duplicate key value violates unique constraint "tenancy_pkey" at /srv/housing/dist/tenancy.js:12:5';
  const answers: Record<string, { status: number; type: string; body: string }> = {
    'an uncoded GraphQL error': { status: 200, type: 'application/json', body: JSON.stringify({ data: null, errors: [{ message: INTERNAL }] }) },
    'an HTTP 500 with a database error': {
      status: 500,
      type: 'application/json',
      body: JSON.stringify({ errors: [{ message: INTERNAL, extensions: { code: '23505' } }] }),
    },
    'a body that is not JSON': { status: 200, type: 'text/html', body: `<html>${INTERNAL}</html>` },
  };
  let answer = answers['an uncoded GraphQL error'];
  let faulty: http.Server;
  let gateway: RunningGateway;

  beforeAll(async () => {
    faulty = http.createServer((req, res) => req.resume().on('end', () => res.writeHead(answer.status, { 'content-type': answer.type }).end(answer.body)));
    await new Promise<void>((r) => faulty.listen(FAULTY_SUBGRAPH_PORT, r));
    const env = {
      ...process.env,
      ...testSubgraphEnv({ housing: `http://127.0.0.1:${FAULTY_SUBGRAPH_PORT}/graphql` }),
      GATEWAY_PORT: String(FAULTY_GATEWAY_PORT),
    };
    gateway = await startGateway(loadGatewayConfig(env));
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((r) => faulty.close(r));
  });

  it.each(Object.keys(answers))('masks %s: INTERNAL_SERVER_ERROR, a generic message, no internal text', async (name) => {
    answer = answers[name];
    const res = await gql('{ myTenancies { id address } }', { token: await tokenFor('landlord'), url: gateway.url });
    expect(res.status).toBeLessThan(500);
    expect(res.errors).toEqual([expect.objectContaining({ message: GENERIC_ERROR_MESSAGE, extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
    expect(JSON.stringify(res)).not.toMatch(/duplicate|tenancy_pkey|23505|\.js|html|not answering/);
  });
});

describe('production mode', () => {
  let gateway: RunningGateway;
  let jwks: http.Server;
  const url = `http://127.0.0.1:${PRODUCTION_PORT}/graphql`;

  beforeAll(async () => {
    // Production takes keys from a JWKS URL only; serve the dev issuer's public keys as that IdP would.
    const body = fs.readFileSync(devIssuerFiles(dataDir()).jwks);
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((r) => jwks.listen(JWKS_PORT, r));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...testSubgraphEnv(),
      NODE_ENV: 'production',
      GATEWAY_PORT: String(PRODUCTION_PORT),
      AUTH_JWKS_URL: `http://127.0.0.1:${JWKS_PORT}/jwks`,
      AUTH_ISSUER: DEV_ISSUER,
      AUTH_AUDIENCE: DEV_AUDIENCE,
    };
    gateway = await startGateway(loadGatewayConfig(env));
  });

  afterAll(async () => {
    await gateway?.stop();
    await new Promise((r) => jwks.close(r));
  });

  it('answers the headline query', async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion'), url });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myFamilies).toHaveLength(2);
  });

  it('refuses introspection', async () => {
    const res = await gql('{ __schema { types { name } } }', { token: await tokenFor('companion'), url });
    expect(res.data).toBeUndefined();
    expect(res.errors![0].message).toMatch(/introspection/i);
  });

  it('gives no field suggestions', async () => {
    const res = await gql('{ myFamilie { id } }', { token: await tokenFor('companion'), url });
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('refuses 101 aliases, a 20-deep query and a GET mutation', async () => {
    const token = await tokenFor('companion');
    expect((await gql(aliases(101), { token, url })).errors![0].message).toMatch(/Aliases limit/);
    expect((await gql(deep(20), { token, url })).errors!.map((e) => e.message).join(' ')).toMatch(/depth limit/);
    const get = await fetch(`${url}?query=${encodeURIComponent('mutation { revokeConsent(id: "x") { id } }')}`, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(405);
  });

  it('refuses to start without an OIDC JWKS URL', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL is required/);
  });
});
