import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { loadGatewayConfig } from '../gateway/config';
import { startGateway, type RunningGateway } from '../gateway/server';
import { helsinkiToday } from '../subgraphs/kit/date-time';
import { addWorkingDays } from '../subgraphs/kit/working-days';
import { gql, testSubgraphEnv, tokenFor } from './setup/client';
import { TEST_PORT_BASE } from './setup/global-setup';

// In-process gateways with low public limits, above the ports other tests use.
const MEMORY_PORT = TEST_PORT_BASE + 40;
const REDIS_PORTS = [TEST_PORT_BASE + 41, TEST_PORT_BASE + 42];
const WINDOW_SECONDS = 3;

const ASK = `mutation Ask($input: AskForHelpInput!) { askForHelp(input: $input) { requestId respondBy message } }`;
const request = (overrides: Record<string, unknown> = {}) => ({
  name: 'Aino',
  phone: '+358401234567',
  email: null,
  preferredChannel: 'PHONE',
  situation: 'We just moved here.\nThe baby does not sleep and I am exhausted.',
  childrenAges: [0, 4],
  idempotencyKey: randomUUID(),
  ...overrides,
});
/** A client address of its own per test run, so limits kept in Redis by earlier runs do not count. */
const someAddress = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;

/** Sends askForHelp without a token, as the 24/7 button does, from `address` (behind the trusted local proxy). */
async function ask(url: string, input: Record<string, unknown>, address: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: ASK, variables: { input } }),
  });
  const body = (await res.json()) as {
    data?: { askForHelp: { requestId: string; respondBy: string; message: string } | null };
    errors?: Array<{ message: string; extensions: Record<string, any> }>;
  };
  return { status: res.status, retryAfter: res.headers.get('retry-after'), receipt: body.data?.askForHelp ?? null, errors: body.errors };
}

const gatewayEnv = (port: number, extra: NodeJS.ProcessEnv) => ({
  ...process.env,
  ...testSubgraphEnv(),
  GATEWAY_PORT: String(port),
  TRUST_PROXY: 'loopback',
  PUBLIC_RATE_LIMIT_SECONDS: String(WINDOW_SECONDS),
  ...extra,
});

describe('asking for help without an account', () => {
  let gateway: RunningGateway;
  let db: Client | undefined;
  const storedRequests = async () => (db ? Number((await db.query('SELECT count(*) FROM families.help_request')).rows[0].count) : undefined);

  beforeAll(async () => {
    gateway = await startGateway(loadGatewayConfig(gatewayEnv(MEMORY_PORT, { PUBLIC_RATE_LIMIT_POINTS: '4' })));
    if (process.env.RINNALLA_TEST_DATABASE) {
      db = new Client({ connectionString: process.env.RINNALLA_TEST_DATABASE });
      await db.connect();
    }
  });
  afterAll(async () => {
    await gateway?.stop();
    await db?.end();
  });

  it('stores the request and answers only its id, respondBy three working days on, and a receipt message', async () => {
    const res = await ask(gateway.url, request(), someAddress());
    expect(res.errors).toBeUndefined();
    const respondBy = addWorkingDays(helsinkiToday(), 3);
    expect(res.receipt).toEqual({ requestId: expect.stringMatching(/^[0-9a-f-]{36}$/), respondBy, message: expect.stringContaining(respondBy) });
  });

  it('stores one request for a double submit with the same key, sent at once or again later', async () => {
    const address = someAddress();
    const before = await storedRequests();
    const input = request();
    const [first, second] = await Promise.all([ask(gateway.url, input, address), ask(gateway.url, input, address)]);
    const later = await ask(gateway.url, input, address);
    expect([first.errors, second.errors, later.errors]).toEqual([undefined, undefined, undefined]);
    expect(second.receipt!.requestId).toBe(first.receipt!.requestId);
    expect(later.receipt!.requestId).toBe(first.receipt!.requestId);
    if (db) expect((await storedRequests())! - before!).toBe(1);
  });

  it('refuses the same key with other input as a CONFLICT', async () => {
    const address = someAddress();
    const input = request();
    await ask(gateway.url, input, address);
    const res = await ask(gateway.url, { ...input, situation: 'Something else.' }, address);
    expect(res.errors![0].extensions.code).toBe('CONFLICT');
  });

  it.each([
    ['without an idempotency key', { idempotencyKey: undefined }],
    ['with a child aged 18', { childrenAges: [3, 18] }],
    ['without a phone number or an email address', { phone: null }],
    ['asking for email without an email address', { preferredChannel: 'EMAIL' }],
    ['with a situation over 4000 characters', { situation: 'x'.repeat(4001) }],
    ['with a phone number not in E.164 form', { phone: '040 123 4567' }],
  ])('refuses a request %s with a coded error', async (_case, overrides) => {
    const res = await ask(gateway.url, request(overrides), someAddress());
    expect(res.receipt).toBeNull();
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(res.errors![0].extensions.code);
  });

  it.each([
    ['a query', '{ myFamilies { id } }'],
    ['another mutation', 'mutation { revokeConsent(id: "00000000-0000-4000-8000-000000000000") { id } }'],
    [
      'askForHelp beside another mutation',
      `mutation($input: AskForHelpInput!) { askForHelp(input: $input) { requestId } revokeConsent(id: "00000000-0000-4000-8000-000000000000") { id } }`,
    ],
    ['askForHelp beside a query operation', `${ASK} query Other { myFamilies { id } }`],
  ])('still refuses %s without a token as UNAUTHENTICATED', async (_case, query) => {
    const res = await gql(query, {
      url: gateway.url,
      variables: query.includes('$input') ? { input: request() } : undefined,
      headers: { 'x-forwarded-for': someAddress() },
    });
    expect(res.status).toBe(401);
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a signed-in caller, whose token would tie the request to an account', async () => {
    const res = await gql(ASK, { url: gateway.url, token: await tokenFor('guardian'), variables: { input: request() } });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('limits a flood from one address with RATE_LIMITED and a retry-after, serves other addresses, and keeps what was stored', async () => {
    const flooder = someAddress();
    const first = request();
    const answers = [await ask(gateway.url, first, flooder)];
    for (let i = 0; i < 5; i += 1) answers.push(await ask(gateway.url, request(), flooder));
    expect(answers.slice(0, 4).map((a) => a.errors)).toEqual([undefined, undefined, undefined, undefined]);
    for (const refused of answers.slice(4)) {
      expect(refused.status).toBe(429);
      expect(refused.receipt).toBeNull();
      expect(refused.errors![0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(WINDOW_SECONDS);
    }

    const neighbour = await ask(gateway.url, request(), someAddress());
    expect(neighbour.errors).toBeUndefined();

    // Once the window has passed, the first request is still there: its key answers with its receipt.
    await new Promise((r) => setTimeout(r, WINDOW_SECONDS * 1000 + 200));
    const again = await ask(gateway.url, first, flooder);
    expect(again.receipt!.requestId).toBe(answers[0].receipt!.requestId);
  });
});

describe('the public rate limit across gateway replicas (Redis)', () => {
  let replicas: RunningGateway[] = [];

  beforeAll(async () => {
    const env = { REDIS_URL: process.env.RINNALLA_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379', PUBLIC_RATE_LIMIT_POINTS: '2' };
    replicas = await Promise.all(REDIS_PORTS.map((port) => startGateway(loadGatewayConfig(gatewayEnv(port, env)))));
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.stop()));
  });

  it('counts an address on every replica, and still serves other addresses', async () => {
    const [one, two] = replicas;
    const flooder = someAddress();
    expect((await ask(one.url, request(), flooder)).errors).toBeUndefined();
    expect((await ask(two.url, request(), flooder)).errors).toBeUndefined();
    const third = await ask(one.url, request(), flooder);
    const fourth = await ask(two.url, request(), flooder);
    expect([third.status, fourth.status]).toEqual([429, 429]);
    expect(fourth.errors![0].extensions.code).toBe('RATE_LIMITED');
    expect((await ask(two.url, request(), someAddress())).errors).toBeUndefined();
  });
});
