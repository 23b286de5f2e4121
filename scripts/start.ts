/** `npm start`: the whole federation on this machine, with embedded databases and the demo municipality, supervised. */
import '../subgraphs/kit/registry-check';
import path from 'node:path';
import { ensureDevKeys } from '../gateway/keys';
import { dataRoot } from '../subgraphs/kit/config';
import { registry } from '../subgraphs/kit/registry';
import { CRASH_LIMIT, startFederation, type SupervisorEvent } from './federation';

function report(event: SupervisorEvent) {
  const name = event.name.padEnd(14);
  switch (event.kind) {
    case 'progress':
      return console.log(`  ${name} ${event.message}`);
    case 'recovered':
      return console.log(`  ${name} is back on :${event.port}`);
    case 'crashed':
    case 'gave-up': {
      const what =
        event.kind === 'crashed'
          ? `crashed (${event.exit}); restarting in ${(event.restartInMs / 1000).toFixed(1)} s.`
          : `crashed ${event.crashes} times within a minute (last: ${event.exit}); stopping everything.`;
      console.error(`\n${event.name} ${what} Its last log messages (${event.logFile}):\n    ${event.lines.join('\n    ')}\n`);
    }
  }
}

async function main() {
  const root = dataRoot();
  await ensureDevKeys(root);
  const started = Date.now();
  const { file, subgraphs } = registry();
  console.log(`Starting ${subgraphs.length} subgraphs from ${path.relative(process.cwd(), file)} and the gateway (first start seeds the demo municipality)...`);
  const federation = await startFederation({
    env: process.env,
    logDir: path.join(root, 'logs'),
    onReady: (name, port) => console.log(`  ${name.padEnd(14)} ready on :${port}`),
    onEvent: report,
  });
  console.log(`
Rinnalla is up in ${Math.round((Date.now() - started) / 1000)} s: ${federation.gatewayUrl}

  Demo token:   npm run --silent token -- companion     (also guardian, family-worker, housing-counsellor, ...)
  Try it:       TOKEN=$(npm run --silent token -- companion)
                curl -s ${federation.gatewayUrl} -H "authorization: Bearer $TOKEN" -H 'content-type: application/json' \\
                  -d '{"query":"query MyAgenda { myFamilies { displayName agenda { source title startsAt status } } }"}'
  Logs:         ${path.join(root, 'logs')}/<service>.log

A process that crashes is restarted; one that crashes ${CRASH_LIMIT} times within a minute stops everything.
Ctrl-C stops everything.`);
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    await federation.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  void federation.gaveUp.then((reason) => {
    console.error(reason.message);
    void shutdown(1);
  });
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
