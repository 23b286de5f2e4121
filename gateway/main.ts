import '../subgraphs/kit/registry-check';
import '../subgraphs/kit/graphql-production';
import { createLogger } from '../subgraphs/kit/logger';
import { logProcessFailures } from '../subgraphs/kit/process';
import { loadGatewayConfig } from './config';
import { ensureDevKeys } from './keys';
import { startGateway } from './server';

const log = createLogger('gateway');
logProcessFailures(log);

async function main() {
  const config = loadGatewayConfig();
  if (!config.production) await ensureDevKeys(config.dataRoot);
  const gateway = await startGateway(config);
  const shutdown = () =>
    gateway.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  if (error.name === 'ConfigError') log.fatal({ kind: error.name }, error.message);
  else log.fatal({ kind: error.name, stack: error.stack }, 'gateway failed to start');
  process.exit(1);
});
