import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { demoMunicipality } from '../demo/municipality';
import { newSubgraph } from '../scripts/new-subgraph';
import { probe } from '../subgraphs/kit/health';
import { projectRoot } from '../subgraphs/kit/project-root';
import { TEST_PORT_BASE } from './setup/global-setup';

// A subgraph written by `npm run new-subgraph` starts as its own process: its migration and demo seed run, it
// verifies the passport for its audience, and serves its part of the agenda and of the access log.
const NAME = 'story-time';
const DIR = `partners/.new-subgraph-test-${process.pid}`;
const root = projectRoot();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'new-subgraph-'));
const registryCopy = path.join(tmp, 'subgraphs.yaml');
const port = TEST_PORT_BASE + 90;

afterAll(() => fs.rmSync(path.join(root, DIR), { recursive: true, force: true }));

it('starts, migrates, seeds, and serves its agenda items to a passport for its audience', async () => {
  fs.copyFileSync(path.join(root, 'subgraphs.yaml'), registryCopy);
  newSubgraph({ name: NAME, owner: 'Rinnala city library', dir: DIR, registry: registryCopy });
  // Compile just the new folder (and what it imports) into dist/, as `npm run build` would.
  const tsconfig = path.join(root, `${DIR}/tsconfig.json`);
  fs.writeFileSync(
    tsconfig,
    JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { rootDir: '../..', outDir: '../../dist' }, include: [], files: ['main.ts'] }),
  );
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], { cwd: root, encoding: 'utf8' });
  expect(tsc.stdout + tsc.stderr).toBe('');

  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'new-subgraph-test', alg: 'ES256' };
  const child = spawn(process.execPath, [path.join(root, 'dist', DIR, 'main.js')], {
    env: { ...process.env, RINNALLA_REGISTRY: registryCopy, RINNALLA_DATA_DIR: tmp, STORY_TIME_PORT: String(port), PASSPORT_PUBLIC_KEY: JSON.stringify(jwk) },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 240_000;
    while (!(await probe(`http://127.0.0.1:${port}/health`, 1000))) {
      expect(child.exitCode).toBeNull();
      expect(Date.now()).toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 500));
    }
    const family = demoMunicipality().families[0].id;
    const passport = await new SignJWT({
      roles: ['guardian'],
      grants: [{ family, categories: ['bookings', 'access-log'], basis: 'guardianship', ref: 'test' }],
    })
      .setProtectedHeader({ alg: 'ES256', typ: 'passport+jwt', kid: jwk.kid })
      .setSubject('test-guardian')
      .setIssuer('rinnalla-gateway')
      .setAudience(NAME)
      .setIssuedAt()
      .setExpirationTime('60s')
      .sign(privateKey);
    const ask = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rinnalla-passport': passport },
        body: JSON.stringify({
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on Family { storyTimeAgenda { source title } storyTimeAccessLog { service category } } } }',
          variables: { r: [{ __typename: 'Family', id: family }] },
        }),
      }).then((r) => r.json());
    const first = await ask();
    expect(first.errors).toBeUndefined();
    expect(first.data._entities[0].storyTimeAgenda).toContainEqual({ source: 'STORY_TIME', title: 'Weekly event' });
    // The first read was logged before its answer left: the second sees it in the subgraph's part of the access log.
    const second = await ask();
    expect(second.data._entities[0].storyTimeAccessLog).toContainEqual({ service: NAME, category: 'BOOKINGS' });
  } finally {
    child.kill('SIGTERM');
  }
}, 600_000);
