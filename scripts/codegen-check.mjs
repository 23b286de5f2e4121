// `npm run codegen:check`: fails when operations/generated/ differs from what `npm run codegen` prints now,
// e.g. after an operation or the API schema changed without re-running codegen.
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const { config } = await loadCodegenConfig({ configFilePath: 'codegen.ts' });
const outputs = await generate({ ...config, cwd: process.cwd() }, false);
const stale = outputs
  .filter((o) => !fs.existsSync(o.filename) || fs.readFileSync(o.filename, 'utf8') !== o.content)
  .map((o) => path.relative(process.cwd(), o.filename));
const expected = new Set(outputs.map((o) => path.resolve(o.filename)));
const dir = path.resolve('operations/generated');
const extra = fs
  .readdirSync(dir)
  .map((f) => path.join(dir, f))
  .filter((f) => !expected.has(f))
  .map((f) => path.relative(process.cwd(), f));
if (stale.length || extra.length) {
  process.stderr.write(
    `Generated operation types are out of date (${[...stale, ...extra].join(', ')}): run \`npm run codegen\` and commit operations/generated/.\n`,
  );
  process.exit(1);
}
process.stdout.write(`Generated operation types match operations/ and schema/api.graphql (${outputs.length} files).\n`);
