import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { demoMunicipality } from '../demo/municipality';
import { PassportKeyRing } from '../gateway/keys';
import { loadGatewayConfig } from '../gateway/config';
import { passportIssuerFor, type PassportIssuer } from '../gateway/passport/issuer';
import { SUPERGRAPH_FILE } from '../gateway/server';
import { AccessLogEntry } from '../subgraphs/kit/access-log/access-log-entry';
import type { ChainedFields } from '../subgraphs/kit/access-log/chain';
import { ChainWriter } from '../subgraphs/kit/access-log/chain-writer';
import { verifyStoredChain } from '../subgraphs/kit/access-log/stored-chain';
import { besideGraphql } from '../subgraphs/kit/config';
import { PASSPORT_HEADER } from '../subgraphs/kit/passport';
import { projectRoot } from '../subgraphs/kit/project-root';
import { schemaName } from '../subgraphs/kit/services';
import { dataDir, onPostgres, testDatabase, testSubgraphEnv } from './setup/client';
import { passportFor } from './setup/subgraph-client';
import { TEST_PORT_BASE } from './setup/global-setup';

// PostgreSQL only: PGlite admits one connection, so a second replica cannot open it.
const databaseUrl = testDatabase();

const demo = demoMunicipality();
const REPLICA_PORTS = [TEST_PORT_BASE + 10, TEST_PORT_BASE + 11]; // spare ports of the test range

/** Starts one more housing process on the test federation's database and schema; resolves once it is healthy. */
async function startReplica(port: number): Promise<{ url: string; logFile: string; stop(): Promise<void> }> {
  const logFile = path.join(dataDir(), 'logs', `housing-replica-${port}.log`);
  const out = fs.openSync(logFile, 'w');
  const env = {
    ...process.env,
    RINNALLA_DATA_DIR: dataDir(),
    DATABASE_URL: databaseUrl,
    HOUSING_PORT: String(port),
    RINNALLA_SEED: 'none',
    LOG_LEVEL: 'debug',
  };
  const child: ChildProcess = spawn(process.execPath, [path.join(projectRoot(), 'dist/subgraphs/housing/main.js')], { env, stdio: ['ignore', out, out] });
  fs.closeSync(out);
  const stop = () => new Promise<void>((r) => (child.exitCode !== null ? r() : (child.once('exit', () => r()), child.kill('SIGTERM'))));
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (child.exitCode !== null) throw new Error(`housing replica exited with ${child.exitCode}; see ${logFile}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url: `http://127.0.0.1:${port}/graphql`, logFile, stop };
  }
  await stop();
  throw new Error(`housing replica on ${port} did not become healthy; see ${logFile}`);
}

onPostgres('two replicas of one subgraph on one database', () => {
  const replicas: Array<Awaited<ReturnType<typeof startReplica>>> = [];
  let issuer: PassportIssuer;

  beforeAll(async () => {
    for (const port of REPLICA_PORTS) replicas.push(await startReplica(port));
    // The gateway's own issuer, so the replicas get exactly the passports the gateway would send.
    issuer = passportIssuerFor(
      loadGatewayConfig(testSubgraphEnv()),
      PassportKeyRing.open(dataDir()),
      fs.readFileSync(SUPERGRAPH_FILE, 'utf8'),
      pino({ level: 'silent' }),
    );
  }, 120_000);
  afterAll(() => Promise.all(replicas.map((r) => r.stop())));

  /** What the gateway would send: the viewer's passport and a request id. */
  async function call(url: string, role: 'landlord' | 'housing-counsellor', query: string, variables?: Record<string, unknown>) {
    const requestId = randomUUID();
    const passport = await issuer.passport(await issuer.grants({ sub: demo.users[role].id, roles: [role] }), 'housing');
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PASSPORT_HEADER]: passport, 'x-request-id': requestId },
      body: JSON.stringify({ query, variables }),
    });
    return { requestId, status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
  }

  it('keeps one valid chain under concurrent reads and writes at both, and every answer has its entries stored', async () => {
    const tenancies = demo.tenancies.slice(0, 10);
    const families = demo.families.slice(0, 40).map((f) => ({ __typename: 'Family', id: f.id }));
    const traffic = replicas.flatMap(({ url }) =>
      Array.from({ length: 20 }, (_, i) => {
        switch (i % 4) {
          case 0:
            return call(url, 'landlord', '{ myTenancies { id address } }');
          case 1:
            return call(url, 'landlord', '{ myHousingAlerts { id caseStatus } }');
          case 2:
            return call(
              url,
              'housing-counsellor',
              'query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { housingCases { alertType outcome } } } }',
              { r: families.slice(i, i + 5) },
            );
          default:
            return call(url, 'landlord', 'mutation($input: ReportHousingAlertInput!) { reportHousingAlert(input: $input) { id caseStatus } }', {
              input: {
                tenancyId: tenancies[i % tenancies.length].id,
                type: 'DISTURBANCE',
                warningGivenOn: '2026-11-02',
                disturbanceKind: 'NOISE',
                description: 'Noise at night',
              },
            });
        }
      }),
    );
    const answers = await Promise.all(traffic);
    expect(answers.filter((a) => a.status !== 200 || a.body.errors)).toEqual([]);

    // No data left either replica without its log entry.
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const ids = answers.map((a) => a.requestId);
      const logged = await db.query(`SELECT DISTINCT "requestId" FROM ${schemaName('housing')}.access_log WHERE "requestId" = ANY($1)`, [ids]);
      expect(logged.rows.map((r) => r.requestId).sort()).toEqual([...ids].sort());
    } finally {
      await db.end();
    }

    // Concurrent requests shared transactions (the batch lines are the writer's own debug log).
    const batches = replicas.flatMap((r) =>
      fs
        .readFileSync(r.logFile, 'utf8')
        .split('\n')
        .filter((l) => l.includes('"access-log batch"'))
        .map((l) => JSON.parse(l) as { requests: number }),
    );
    expect(batches.some((b) => b.requests > 1)).toBe(true);

    const system = await passportFor({ sub: 'access-log-verifier', roles: ['system'], grants: [] }, 'housing');
    for (const { url } of replicas) {
      const report = (await (await fetch(besideGraphql(url, '/access-log/verify'), { headers: { [PASSPORT_HEADER]: system } })).json()) as { entries: number };
      expect(report).toMatchObject({ service: 'housing', intact: true });
      expect(report.entries).toBeGreaterThanOrEqual(answers.length);
    }
  });
});

onPostgres('the group-commit writer and the paged verifier', () => {
  const schema = `chain_writer_${Date.now()}`;
  let db: DataSource;

  beforeAll(async () => {
    const admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    db = await new DataSource({
      type: 'postgres',
      url: databaseUrl,
      entities: [AccessLogEntry],
      synchronize: true,
      extra: { options: `-c search_path=${schema}` },
    }).initialize();
  });
  afterAll(async () => {
    await db.query(`DROP SCHEMA ${schema} CASCADE`);
    await db.destroy();
  });
  beforeEach(() => db.query('TRUNCATE access_log'));

  const silent = pino({ level: 'silent' });
  const entry = (requestId: string, viewerId = 'companion-1'): ChainedFields => ({
    at: new Date(),
    viewerId,
    viewerRole: 'companion',
    familyId: demo.families[0].id,
    category: 'bookings',
    operation: 'read',
    basis: 'consent',
    basisRef: 'consent-1',
    service: 'clinic',
    requestId,
  });
  const loggedRequests = async () => (await db.getRepository(AccessLogEntry).find({ order: { seq: 'ASC' } })).map((e) => e.requestId);

  it('commits concurrent requests together, in arrival order, and answers each only once its entries are stored', async () => {
    const writer = new ChainWriter(db, silent);
    const statements = jest.spyOn(db, 'query');
    const ids = Array.from({ length: 30 }, (_, i) => `request-${i}`);
    const storedWhenAnswered = await Promise.all(
      ids.map((id) => writer.append([entry(id)]).then(() => db.getRepository(AccessLogEntry).countBy({ requestId: id }))),
    );
    // The first request goes alone; the other 29 gather while it commits, and go in one statement.
    const inserts = statements.mock.calls.filter(([sql]) => sql.startsWith('INSERT INTO access_log'));
    expect(inserts.map(([, params]) => ((params ?? []) as unknown[]).filter((p) => typeof p === 'string' && p.startsWith('request-')).length)).toEqual([1, 29]);
    statements.mockRestore();

    expect(storedWhenAnswered).toEqual(ids.map(() => 1));
    expect(await loggedRequests()).toEqual(ids);
    expect(await verifyStoredChain(db)).toEqual({ entries: 30 });
  });

  it('links each batch to the last hash, also when another writer on the same chain (a replica) got there first', async () => {
    const [one, other] = [new ChainWriter(db, silent), new ChainWriter(db, silent)];
    await one.append([entry('one-1')]); // under the lock: reads the (empty) chain
    await one.append([entry('one-2')]); // links to its own last hash in one statement
    await other.append([entry('other-1')]); // another writer: reads the last hash under the lock
    await one.append([entry('one-3')]); // its last hash was extended by the other: refused, then under the lock
    await Promise.all([other.append([entry('other-2')]), one.append([entry('one-4')])]);
    expect(await loggedRequests()).toEqual(expect.arrayContaining(['one-1', 'one-2', 'other-1', 'one-3', 'other-2', 'one-4']));
    expect((await loggedRequests()).slice(0, 4)).toEqual(['one-1', 'one-2', 'other-1', 'one-3']);
    expect(await verifyStoredChain(db)).toEqual({ entries: 6 });
    // Linking a second entry to a hash that already has a successor is refused by the database itself.
    const [first] = await db.getRepository(AccessLogEntry).find({ order: { seq: 'ASC' }, take: 1 });
    await expect(db.getRepository(AccessLogEntry).insert({ ...entry('fork'), prevHash: first.prevHash, hash: 'f'.repeat(64) })).rejects.toMatchObject({
      code: '23505',
    });
  });

  it('fails only the request whose entry cannot be stored, not the others in its batch', async () => {
    const writer = new ChainWriter(db, silent);
    const outcomes = await Promise.allSettled([
      writer.append([entry('first')]),
      writer.append([entry('before')]),
      writer.append([entry('too-long', 'x'.repeat(65))]), // viewerId is varchar(64)
      writer.append([entry('after')]),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(await loggedRequests()).toEqual(['first', 'before', 'after']);
    expect((await verifyStoredChain(db)).firstBreak).toBeUndefined();
  });

  it('verifies page by page and finds an entry deleted at a page boundary', async () => {
    const writer = new ChainWriter(db, silent);
    await Promise.all(Array.from({ length: 10 }, (_, i) => writer.append([entry(`request-${i}`)])));
    expect(await verifyStoredChain(db, 4)).toEqual({ entries: 10 });

    const seqs = (await db.getRepository(AccessLogEntry).find({ order: { seq: 'ASC' } })).map((e) => e.seq);
    await db.query('DELETE FROM access_log WHERE seq = $1', [seqs[4]]); // the first entry of the second page
    expect(await verifyStoredChain(db, 4)).toEqual({ entries: 5, firstBreak: { seq: seqs[5], reason: 'broken-link' } });
  });
});
