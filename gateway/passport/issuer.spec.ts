import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import type { GraphQLError } from 'graphql';
import { createLogger } from '../../subgraphs/kit/logger';
import type { Grant } from '../../subgraphs/kit/passport';
import { ensureDevKeys, PassportKeyRing } from '../keys';
import { audiencesFromSupergraph } from './audiences';
import { PASSPORT_MAX_BYTES, PassportIssuer } from './issuer';

const SUPERGRAPH = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');
const companion = { sub: 'companion-1', roles: ['companion' as const] };

/** A grant source that answers with whatever the test puts in `grants`. */
async function grantSource(grants: () => Grant[]) {
  const server = http.createServer((req, res) => {
    req.resume().on('end', () => res.setHeader('content-type', 'application/json').end(JSON.stringify({ grants: grants() })));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/grants`, close: () => new Promise((r) => server.close(r)) };
}

describe('the passport issuer', () => {
  let dir: string;
  let source: Awaited<ReturnType<typeof grantSource>>;
  let answer: Grant[] = [];
  const issuer = (url = source.url) =>
    new PassportIssuer({
      keys: PassportKeyRing.open(dir),
      grantSources: [{ service: 'volunteers', url, roles: ['companion'] }],
      audiences: audiencesFromSupergraph(SUPERGRAPH),
      timeoutMs: 1000,
      log: createLogger('test'),
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rinnalla-issuer-'));
    await ensureDevKeys(dir);
    source = await grantSource(() => answer);
  });
  afterAll(async () => {
    await source.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('signs each subgraph its own passport, with its name as audience and the current key id', async () => {
    answer = [{ family: 'f1', categories: ['contact', 'bookings'], basis: 'consent', ref: 'c1', until: '2099-01-01T00:00:00.000Z' }];
    const passports = issuer();
    const grants = await passports.grants(companion);
    const clinic = await passports.passport(grants, 'clinic');
    expect(decodeJwt(clinic)).toMatchObject({ aud: 'clinic', sub: 'companion-1', grants: [{ family: 'f1', categories: ['bookings'] }] });
    expect(decodeProtectedHeader(clinic).kid).toBe((await PassportKeyRing.open(dir).signing()).kid);
    expect(await passports.passport(grants, 'clinic')).toBe(clinic); // reused, not signed again
    expect(decodeJwt(await passports.passport(grants, 'housing'))).toMatchObject({ aud: 'housing', grants: [] });
  });

  it('issues passports with the grants it has when a source is down, and marks the source missing', async () => {
    const passports = issuer('http://127.0.0.1:1/grants');
    const grants = await passports.grants(companion);
    expect(grants.unavailable).toEqual(['volunteers']);
    expect(decodeJwt(await passports.passport(grants, 'families'))).toMatchObject({ unavailable: ['volunteers'] });
    // A landlord's grants never come from volunteers: its passport is whole.
    expect((await passports.grants({ sub: 'landlord-1', roles: ['landlord'] })).unavailable).toEqual([]);
  });

  it('refuses with PASSPORT_TOO_LARGE, naming the subgraph, rather than sending a header over the bound', async () => {
    answer = Array.from({ length: 200 }, (_, i) => ({ family: `family-${i}`, categories: ['contact', 'bookings'], basis: 'consent', ref: `c${i}` }) as Grant);
    const passports = issuer();
    const grants = await passports.grants({ sub: 'companion-2', roles: ['companion'] });
    const error = await passports.passport(grants, 'clinic').catch((e: GraphQLError) => e);
    expect((error as GraphQLError).extensions).toMatchObject({ code: 'PASSPORT_TOO_LARGE', service: 'clinic' });
    expect((await passports.passport(grants, 'housing')).length).toBeLessThan(PASSPORT_MAX_BYTES);
  });
});
