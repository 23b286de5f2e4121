/** `npm start`: the whole federation on this machine, with embedded databases and the demo municipality. */
import path from 'node:path';
import { ensureDevKeys } from '../gateway/keys';
import { dataRoot } from '../subgraphs/kit/config';
import { startFederation } from './federation';

async function main() {
  const root = dataRoot();
  await ensureDevKeys(root);
  const started = Date.now();
  console.log('Starting 7 subgraphs and the gateway (first start seeds the demo municipality)...');
  const federation = await startFederation({
    env: process.env,
    logDir: path.join(root, 'logs'),
    onReady: (name, port) => console.log(`  ${name.padEnd(14)} ready on :${port}`),
  });
  console.log(`
Rinnalla is up in ${Math.round((Date.now() - started) / 1000)} s: ${federation.gatewayUrl}

  Demo token:   npm run --silent token -- companion     (also guardian, family-worker, housing-counsellor, ...)
  Try it:       TOKEN=$(npm run --silent token -- companion)
                curl -s ${federation.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
                  -d '{"query":"{ myFamilies { displayName agenda { source title startsAt status } } }"}'
  Logs:         ${path.join(root, 'logs')}/<service>.log

Ctrl-C stops everything.`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await federation.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  for (const [name, child] of federation.processes) {
    child.once('exit', (code) => {
      if (stopping) return;
      console.error(`${name} stopped unexpectedly (exit ${code}); see ${path.join(root, 'logs', `${name}.log`)}. Stopping the rest.`);
      void shutdown().then(() => process.exit(1));
    });
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
