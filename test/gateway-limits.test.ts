import fs from 'node:fs';
import http from 'node:http';
import { DEV_AUDIENCE, DEV_ISSUER, loadGatewayConfig } from '../gateway/config';
import { devIssuerFiles } from '../gateway/keys';
import { startGateway, type RunningGateway } from '../gateway/server';
import { dataDir, gatewayUrl, gql, HEADLINE, testSubgraphEnv, tokenFor } from './setup/client';

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

  it('refuses a query over the token limit', async () => {
    const res = await gql(`{ myFamilies { ${'id '.repeat(2100)} } }`, { token: await tokenFor('companion') });
    expect(res.errors![0].message).toMatch(/Token limit of 2000 exceeded/);
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

  it('masks unexpected errors: no stack traces in any error', async () => {
    const res = await gql('{ myFamilies { nope } }', { token: await tokenFor('companion') });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.js:\d+/);
  });
});

describe('production mode', () => {
  let gateway: RunningGateway;
  let jwks: http.Server;
  const url = 'http://127.0.0.1:5497/graphql';

  beforeAll(async () => {
    // Production takes keys from a JWKS URL only; serve the dev issuer's public keys as that IdP would.
    const body = fs.readFileSync(devIssuerFiles(dataDir()).jwks);
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(body));
    await new Promise<void>((r) => jwks.listen(5496, r));
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ...testSubgraphEnv(),
      NODE_ENV: 'production',
      GATEWAY_PORT: '5497',
      AUTH_JWKS_URL: 'http://127.0.0.1:5496/jwks',
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
    const get = await fetch(`${url}?query=${encodeURIComponent('mutation { revokeConsent(id: "x") { id } }')}`, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(405);
  });

  it('refuses to start without an OIDC JWKS URL', () => {
    expect(() => loadGatewayConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_JWKS_URL is required/);
  });
});
