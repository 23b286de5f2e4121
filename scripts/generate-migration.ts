/**
 * Writes a migration for the difference between a subgraph's entities and its migrations:
 *   npm run build && node dist/scripts/generate-migration.js families AddHelpRequest
 * Runs against a throwaway in-memory PGlite; review the SQL before committing it.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { PGliteDriver } from 'typeorm-pglite';
import { AccessLogEntry } from '../subgraphs/kit/access-log/access-log-entry';
import { subgraphDefinitions } from '../subgraphs';

async function main() {
  const [name, title] = process.argv.slice(2);
  const def = subgraphDefinitions().find((d) => d.name === name);
  if (!def || !/^[A-Z][A-Za-z0-9]+$/.test(title ?? '')) {
    console.error('usage: generate-migration <subgraph> <PascalCaseTitle>');
    process.exit(2);
  }
  const db = await new DataSource({
    type: 'postgres',
    driver: new PGliteDriver().driver,
    entities: [...def.entities, AccessLogEntry],
    migrations: def.migrations,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: true,
  }).initialize();
  const sql = await db.driver.createSchemaBuilder().log();
  await db.destroy();
  if (sql.upQueries.length === 0) {
    console.log('No changes: the migrations already match the entities.');
    return;
  }
  const stamp = Date.now();
  const className = `${title}${stamp}`;
  const esc = (q: string) =>
    q
      .replace(/"public"\./g, '')
      .replace(/\\/g, '\\\\')
      .replace(/`/g, '\\`');
  const lines = (qs: typeof sql.upQueries) => qs.map((q) => `    await q.query(\`${esc(q.query)}\`);`).join('\n');
  const file = path.join('subgraphs', name, 'migrations', `${stamp}-${title}.ts`);
  fs.writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(q: QueryRunner): Promise<void> {
${lines(sql.upQueries)}
  }

  async down(q: QueryRunner): Promise<void> {
${lines(sql.downQueries.reverse())}
  }
}
`,
  );
  console.log(`wrote ${file}; add ${className} to subgraphs/${name}/migrations/index.ts`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
