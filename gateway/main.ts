import { createLogger } from '../subgraphs/kit/logger';
import { loadGatewayConfig } from './config';
import { ensureDevKeys } from './keys';
import { startGateway } from './server';

const log = createLogger('gateway');

async function main() {
  const config = loadGatewayConfig();
  if (!config.production) await ensureDevKeys(config.dataRoot);
  const gateway = await startGateway(config);
  const shutdown = () => gateway.stop().then(() => process.exit(0), () => process.exit(1));
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: Error) => {
  log.fatal({ kind: error.name }, error.name === 'ConfigError' ? error.message : 'gateway failed to start');
  if (error.name !== 'ConfigError') console.error(error.stack);
  process.exit(1);
});
