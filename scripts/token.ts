/** `npm run --silent token -- companion`: prints a development token for a demo user, and nothing else. */
import { devToken, DEMO_ROLES } from '../gateway/dev-token';
import { ensureDevKeys } from '../gateway/keys';
import type { DemoUserRole } from '../demo/municipality';
import { dataRoot } from '../subgraphs/kit/config';

async function main() {
  const role = (process.argv[2] ?? 'companion') as DemoUserRole;
  if (!DEMO_ROLES.includes(role)) {
    console.error(`Unknown role "${role}". Choose one of: ${DEMO_ROLES.join(', ')}`);
    process.exit(2);
  }
  await ensureDevKeys(dataRoot());
  process.stdout.write(`${await devToken(dataRoot(), role)}\n`);
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
