import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { probe } from '../subgraphs/kit/health';
import { REQUEST_ID_ATTRIBUTE } from '../subgraphs/kit/tracing';
import { projectRoot } from '../subgraphs/kit/project-root';
import { TEST_PORT_BASE } from './setup/global-setup';
import { AGENDA_PROVIDERS, dataDir, gatewayUrl, gql, HEADLINE, subgraphUrl, tokenFor, type GraphQLResponse } from './setup/client';

const AGENDA = `query CompanionAgenda { myFamilies { id unavailableAgendaSources agenda { source } } }`;
const PROVIDERS = AGENDA_PROVIDERS.map((s) => s.name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const beside = (graphql: string, endpoint: string) => graphql.replace(/\/graphql$/, endpoint);

/** The pid of the process that wrote the last line of a service's log (its own lines carry it). */
function currentPid(name: string): number {
  const lines = fs
    .readFileSync(path.join(dataDir(), 'logs', `${name}.log`), 'utf8')
    .trim()
    .split('\n');
  const own = lines.map((l) => JSON.parse(l)).filter((e) => e.name === name && e.pid);
  return own[own.length - 1].pid;
}

const sources = (res: GraphQLResponse) => new Set(res.data!.myFamilies.flatMap((f: { agenda: Array<{ source: string }> }) => f.agenda.map((i) => i.source)));

describe('a provider subgraph killed under load', () => {
  it('leaves the other sources answering, names the killed one, and comes back without a manual step', async () => {
    const token = await tokenFor('companion');
    const all = new Set(AGENDA_PROVIDERS.map((s) => s.agendaSource!.value));
    // Before: every source answers (a loaded machine may miss a subgraph deadline once).
    let before = sources(await gql(AGENDA, { token }));
    for (let i = 0; i < 5 && before.size < all.size; i++) before = sources(await gql(AGENDA, { token }));
    expect(before).toEqual(all);

    const killed = currentPid('clinic');
    process.kill(killed, 'SIGKILL');
    await sleep(200); // the kernel closes its port as the process dies
    // The gateway's readiness names what is missing (a restarting clinic answers 503 until it is up).
    const ready = await fetch(beside(gatewayUrl(), '/ready'));
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'unavailable', service: 'gateway', down: ['clinic'] }]);

    // Headline queries keep running while the supervisor restarts it.
    const whileDown = [];
    let back = false;
    const deadline = Date.now() + 280_000;
    while (!back && Date.now() < deadline) {
      const batch = await Promise.all([1, 2, 3].map(() => gql(AGENDA, { token })));
      for (const res of batch) {
        expect(res.status).toBe(200);
        const missing = res.data!.myFamilies.flatMap((f: { unavailableAgendaSources: string[] }) => f.unavailableAgendaSources);
        if (missing.length) whileDown.push(res);
        else back = sources(res).has('CLINIC');
      }
      await sleep(200);
    }
    expect(whileDown.length).toBeGreaterThan(0);
    for (const res of whileDown) {
      for (const family of res.data!.myFamilies) expect(family.unavailableAgendaSources).toEqual(['CLINIC']);
      expect(sources(res)).toEqual(new Set([...all].filter((s) => s !== 'CLINIC')));
    }
    expect(back).toBe(true);
    expect(await probe(beside(subgraphUrl('clinic'), '/health'), 2000)).toBe(true);
    expect((await fetch(beside(gatewayUrl(), '/ready'))).status).toBe(200);
    expect(currentPid('clinic')).not.toBe(killed);
  }, 300_000);
});

describe("a headline query's path through the gateway and each subgraph", () => {
  it('is counted in /metrics at the gateway and at each subgraph it touches', async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    const gatewayMetrics = await (await fetch(beside(gatewayUrl(), '/metrics'))).text();
    expect(gatewayMetrics).toMatch(/rinnalla_requests_total\{service="gateway",operation="CompanionAgenda",status="200"\} [1-9]/);
    expect(gatewayMetrics).toMatch(/rinnalla_request_duration_seconds_count\{service="gateway",operation="CompanionAgenda"\} [1-9]/);
    for (const name of ['families', ...PROVIDERS]) {
      const metrics = await (await fetch(beside(subgraphUrl(name), '/metrics'))).text();
      expect([name, metrics]).toEqual([
        name,
        expect.stringMatching(
          new RegExp(`rinnalla_requests_total\\{service="${name}",operation="CompanionAgenda__${name.replace('-', '_')}__\\d+",status="200"\\} [1-9]`),
        ),
      ]);
    }
    // The companion's reads were logged, and the counter saw them appended.
    const families = await (await fetch(beside(subgraphUrl('families'), '/metrics'))).text();
    expect(families).toMatch(/rinnalla_access_log_appends_total\{service="families"\} [1-9]/);
  });

  it('is one trace from the gateway through each subgraph, tagged with the request id', async () => {
    const res = await gql(HEADLINE, { token: await tokenFor('companion') });
    expect(res.errors).toBeUndefined();
    await sleep(300); // a server span ends when its response has finished
    const dir = path.join(dataDir(), 'traces');
    const spans = fs
      .readdirSync(dir)
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').trim().split('\n'))
      .map((l) => JSON.parse(l))
      .filter((s) => s.attributes[REQUEST_ID_ATTRIBUTE] === res.requestId);
    const servers = spans.filter((s) => s.kind === 'SERVER');
    expect(new Set(servers.map((s) => s.service))).toEqual(new Set(['gateway', 'families', ...PROVIDERS]));
    expect(new Set(spans.map((s) => s.traceId)).size).toBe(1);
    // Each subgraph's span is a child of the gateway's call to it.
    const calls = new Map(spans.filter((s) => s.kind === 'CLIENT').map((s) => [s.spanId, s.attributes['rinnalla.subgraph']]));
    for (const s of servers.filter((s) => s.service !== 'gateway')) expect(calls.get(s.parentSpanId)).toBe(s.service);
  });
});

/** Runs a second copy of the housing subgraph over the test federation's data and collects its log. */
async function secondHousing(port: number): Promise<{ code: number | null; lines: Array<{ level: number; msg: string }> }> {
  const env = { ...process.env, RINNALLA_DATA_DIR: dataDir(), HOUSING_PORT: String(port), DATABASE_URL: process.env.RINNALLA_TEST_DATABASE || '' };
  const child = spawn(process.execPath, [path.join(projectRoot(), 'dist', 'subgraphs', 'housing', 'main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 200_000);
  const code = await new Promise<number | null>((r) => child.once('exit', r));
  clearTimeout(timer);
  return {
    code,
    lines: out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
  };
}

describe('a second copy of a subgraph', () => {
  it('stops at the taken port before it opens the database, in one structured line', async () => {
    const { code, lines } = await secondHousing(TEST_PORT_BASE + 3);
    expect(code).toBe(1);
    expect(lines.map((l) => l.msg)).toEqual([expect.stringMatching(`Port ${TEST_PORT_BASE + 3} is already in use; stop what runs there or set HOUSING_PORT.`)]);
  }, 240_000);

  (process.env.RINNALLA_TEST_DATABASE ? it.skip : it)(
    'on another port is refused the PGlite directory, and the first keeps serving',
    async () => {
      const { code, lines } = await secondHousing(TEST_PORT_BASE + 30);
      expect(code).toBe(1);
      expect(lines[lines.length - 1]).toMatchObject({
        level: 60,
        msg: expect.stringMatching(/^The database in .*housing is already open in process \d+; stop that process first/),
      });
      expect(await probe(beside(subgraphUrl('housing'), '/health'), 5000)).toBe(true);
    },
    240_000,
  );
});
