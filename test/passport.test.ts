import http from 'node:http';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { demoMunicipality } from '../demo/municipality';
import { loadGatewayConfig } from '../gateway/config';
import { PassportKeyRing, rotatePassportKey } from '../gateway/keys';
import { startGateway, type RunningGateway } from '../gateway/server';
import { PASSPORT_HEADER, PASSPORT_JWKS_PATH, type Grant } from '../subgraphs/kit/passport';
import { SUBGRAPHS } from '../subgraphs/kit/services';
import { TEST_PORT_BASE } from './setup/global-setup';
import { dataDir, gatewayUrl, gql, HEADLINE, subgraphUrl, testSubgraphEnv, tokenFor, type GraphQLResponse } from './setup/client';

const demo = demoMunicipality();
const NAMES = SUBGRAPHS.map((s) => s.name);
/** One query whose plan calls every subgraph. */
const EVERY_SUBGRAPH = `query($id: ID!) { family(id: $id) { displayName agenda { title } housingCases { id } benefitApplications { id } companionAssignments { id } } }`;

/** Stands between the gateway and one real subgraph and keeps the passports the gateway sent it. */
async function recordingProxy(name: string, port: number) {
  const target = new URL(subgraphUrl(name));
  const passports: string[] = [];
  const server = http.createServer((req, res) => {
    const passport = req.headers[PASSPORT_HEADER];
    if (req.url === '/graphql' && typeof passport === 'string') passports.push(passport);
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  return { name, url: `http://127.0.0.1:${port}/graphql`, passports, close: () => new Promise((r) => server.close(r)) };
}

// A generous subgraph deadline: these tests are about passports, not about slow machines.
const gatewayOn = (port: number, replace: Record<string, string>) =>
  startGateway(loadGatewayConfig({ ...process.env, ...testSubgraphEnv(replace), GATEWAY_PORT: String(port), SUBGRAPH_TIMEOUT_MS: '30000' }));

const asPassport = (url: string, passport: string) => gql('{ __typename }', { url, headers: { [PASSPORT_HEADER]: passport } });

describe('passports bound to their subgraph', () => {
  let proxies: Array<Awaited<ReturnType<typeof recordingProxy>>>;
  let gateway: RunningGateway;
  const url = `http://127.0.0.1:${TEST_PORT_BASE + 9}/graphql`;
  const last = (name: string) => proxies.find((p) => p.name === name)!.passports.at(-1)!;

  beforeAll(async () => {
    proxies = await Promise.all(NAMES.map((name, i) => recordingProxy(name, TEST_PORT_BASE + 10 + i)));
    gateway = await gatewayOn(TEST_PORT_BASE + 9, Object.fromEntries(proxies.map((p) => [p.name, p.url])));
  });
  afterAll(async () => {
    await gateway.stop();
    await Promise.all(proxies.map((p) => p.close()));
  });

  it('a passport the gateway sent to one subgraph is refused by every other subgraph', async () => {
    const res = await gql(EVERY_SUBGRAPH, { url, token: await tokenFor('family-worker'), variables: { id: demo.families[0].id } });
    expect(res.errors).toBeUndefined();
    for (const from of NAMES) {
      const passport = last(from);
      expect(decodeJwt(passport).aud).toBe(from);
      expect((await asPassport(subgraphUrl(from), passport)).status).toBe(200); // valid where it was sent
      for (const to of NAMES.filter((n) => n !== from)) {
        const replayed = await asPassport(subgraphUrl(to), passport);
        expect({ from, to, status: replayed.status, code: replayed.errors?.[0].extensions?.code }).toEqual({ from, to, status: 401, code: 'UNAUTHENTICATED' });
      }
    }
  });

  it("carries only the grants of the subgraph's categories: the clinic never gets a companion's contact details", async () => {
    const res = await gql(HEADLINE, { url, token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    const categories = (name: string) => new Set((decodeJwt(last(name)).grants as Grant[]).flatMap((g) => g.categories));
    expect(categories('families')).toEqual(new Set(['contact', 'bookings']));
    expect(categories('clinic')).toEqual(new Set(['bookings']));
    expect(categories('daycare')).toEqual(new Set(['bookings']));
  });

  it('rotates its key under load without losing a request: the new key is published first, then signs', async () => {
    const token = await tokenFor('companion');
    const oldKid = (await PassportKeyRing.open(dataDir()).signing()).kid;
    const results: Array<GraphQLResponse & { at: number; via: string }> = [];
    let running = true;
    const load = async (target: string) => {
      while (running) results.push({ ...(await gql(HEADLINE, { url: target, token })), at: Date.now(), via: target });
    };
    // Through the federation's own gateway process, and through the in-process one that shows the key ids it signs with.
    const workers = [gatewayUrl(), gatewayUrl(), url, url].map(load);
    while (results.length < 4) await new Promise((r) => setTimeout(r, 100)); // the load is running
    const rotatedAt = Date.now();
    const newKid = await rotatePassportKey(dataDir(), { leadMs: 7_000, now: rotatedAt });
    // On until each gateway has answered a few requests since the new key took over.
    const afterSwitch = (via: string) => results.filter((r) => r.via === via && r.at > rotatedAt + 8_000).length;
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (afterSwitch(url) < 3 || afterSwitch(gatewayUrl()) < 3)) await new Promise((r) => setTimeout(r, 250));
    running = false;
    await Promise.all(workers);

    const kids = new Set(proxies.flatMap((p) => p.passports.map((t) => decodeProtectedHeader(t).kid)));
    expect(kids).toEqual(new Set([oldKid, newKid]));
    const failed = results.filter((r) => r.status !== 200 || r.errors || r.data?.myFamilies?.length !== 2);
    expect({ requests: results.length, failed: failed.map((r) => r.errors?.map((e) => e.extensions?.code) ?? r.status) }).toEqual({
      requests: results.length,
      failed: [],
    });
    expect([afterSwitch(url), afterSwitch(gatewayUrl())].every((n) => n >= 3)).toBe(true);
    const published = (await (await fetch(gatewayUrl().replace('/graphql', PASSPORT_JWKS_PATH))).json()) as { keys: Array<{ kid: string }> };
    expect(published.keys.map((k) => k.kid)).toEqual(expect.arrayContaining([oldKid, newKid]));
  }, 120_000);
});

describe('a grant source that is down', () => {
  let gateway: RunningGateway;
  const url = `http://127.0.0.1:${TEST_PORT_BASE + 18}/graphql`;

  beforeAll(async () => {
    // Nobody listens on the volunteers port this gateway is given.
    gateway = await gatewayOn(TEST_PORT_BASE + 18, { volunteers: `http://127.0.0.1:${TEST_PORT_BASE + 19}/graphql` });
  });
  afterAll(() => gateway.stop());

  it("does not stop the landlord: myTenancies answers without the volunteers' grants", async () => {
    const res = await gql(`{ myTenancies { id address } }`, { url, token: await tokenFor('landlord') });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.myTenancies.length).toBeGreaterThan(0);
  });

  it("answers a companion's myFamilies with SERVICE_UNAVAILABLE naming volunteers, not an empty list", async () => {
    const token = await tokenFor('companion');
    expect((await gql(`{ myFamilies { id } }`, { token })).data!.myFamilies).toHaveLength(2); // the control: with volunteers up
    const res = await gql(`{ myFamilies { id } }`, { url, token });
    expect(res.data?.myFamilies).toBeUndefined();
    expect(res.errors![0].extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'volunteers' });
  });

  it('serves a guardian, whose grants come from families', async () => {
    const res = await gql(`{ myFamilies { id displayName } }`, { url, token: await tokenFor('guardian') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.myFamilies.map((f: { id: string }) => f.id)).toEqual([demo.families[0].id]);
  });
});
