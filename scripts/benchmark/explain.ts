/**
 * `npm run --silent benchmark:explain` (DATABASE_URL, after `npm run seed:scale`): runs
 * EXPLAIN (ANALYZE, BUFFERS) for each hot query of the headline query, in the shape the
 * subgraphs send it, for a generated companion's families, and writes benchmarks/explain-<n>k.md (or EXPLAIN_OUT).
 * The access log is filled with synthetic rows inside a transaction that is rolled back. Each query's generic
 * plan is shown too: the subgraphs prepare their statements (`kit/pg-prepared.ts`).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { agendaWindow } from '../../subgraphs/kit/agenda';
import { helsinkiToday } from '../../subgraphs/kit/date-time';
import { projectRoot } from '../../subgraphs/kit/project-root';
import { scaleCompanionIds } from '../seed-scale';

/** A parameter as PostgreSQL's text input reads it: ids, arrays of ids, dates and instants. */
const asText = (value: unknown): string =>
  Array.isArray(value) ? `{${value.map(asText).join(',')}}` : value instanceof Date ? value.toISOString() : String(value);

interface HotQuery {
  schema: string;
  title: string;
  sql: string;
  params: (ctx: { companion: string; families: string[]; guardian: string; from: Date; to: Date }) => unknown[];
}

const BOOKING_COLUMNS = (table: string) => `"${table}".*`;
const HOT_QUERIES: HotQuery[] = [
  {
    schema: 'volunteers',
    title: 'grants: active assignments with consent, by companion',
    params: (c) => [c.companion, helsinkiToday()],
    sql: `SELECT a."familyId", c.id AS "consentId", c.scopes, c."validUntil" FROM companion_assignment a JOIN consent c ON c."familyId" = a."familyId" AND c."companionId" = a."companionId"
          WHERE a."companionId" = $1 AND a."startsOn" <= $2 AND (a."endsOn" IS NULL OR a."endsOn" >= $2) AND c."revokedAt" IS NULL AND c."validUntil" >= $2`,
  },
  {
    schema: 'families',
    title: 'grants: guardianship, by person',
    params: (c) => [c.guardian],
    sql: `SELECT * FROM person WHERE id = $1 AND role = 'GUARDIAN'`,
  },
  { schema: 'families', title: 'family by id (myFamilies)', params: (c) => [c.families], sql: `SELECT * FROM family WHERE id = ANY($1::uuid[])` },
  {
    schema: 'families',
    title: 'persons by family',
    params: (c) => [c.families],
    sql: `SELECT * FROM person WHERE "familyId" = ANY($1::uuid[]) ORDER BY role DESC, "firstName" ASC`,
  },
  {
    schema: 'daycare',
    title: 'attendance reservations by family and window, with unit',
    params: (c) => [c.families, helsinkiToday(c.from), helsinkiToday(c.to)],
    sql: `SELECT ${BOOKING_COLUMNS('r')}, u.* FROM attendance_reservation r LEFT JOIN daycare_unit u ON u.id = r."unitId" WHERE r."familyId" = ANY($1::uuid[]) AND r.date BETWEEN $2 AND $3 ORDER BY r.date ASC`,
  },
  {
    schema: 'daycare',
    title: 'absences by family and window',
    params: (c) => [c.families, helsinkiToday(c.from), helsinkiToday(c.to)],
    sql: `SELECT * FROM absence WHERE "familyId" = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 ORDER BY date ASC`,
  },
  {
    schema: 'daycare',
    title: 'discussion times by family and window, with unit',
    params: (c) => [c.families, c.from, c.to],
    sql: `SELECT d.*, u.* FROM discussion_time d LEFT JOIN daycare_unit u ON u.id = d."unitId" WHERE d."familyId" = ANY($1::uuid[]) AND d."startsAt" BETWEEN $2 AND $3 ORDER BY d."startsAt" ASC`,
  },
  {
    schema: 'clinic',
    title: 'clinic appointments by family and window, with clinic',
    params: (c) => [c.families, c.from, c.to],
    sql: `SELECT a.*, k.* FROM clinic_appointment a LEFT JOIN clinic k ON k.id = a."clinicId" WHERE a."familyId" = ANY($1::uuid[]) AND a."startsAt" BETWEEN $2 AND $3 ORDER BY a."startsAt" ASC`,
  },
  {
    schema: 'social_office',
    title: 'social office appointments by family and window, with office',
    params: (c) => [c.families, c.from, c.to],
    sql: `SELECT a.*, o.* FROM social_office_appointment a LEFT JOIN social_office o ON o.id = a."officeId" WHERE a."familyId" = ANY($1::uuid[]) AND a."startsAt" BETWEEN $2 AND $3 ORDER BY a."startsAt" ASC`,
  },
  { schema: 'daycare', title: 'access log: chain tail before an append', params: () => [], sql: `SELECT hash FROM access_log ORDER BY seq DESC LIMIT 1` },
  {
    schema: 'daycare',
    title: 'access log by family (guardian or DPO reads it)',
    params: (c) => [c.families],
    sql: `SELECT * FROM access_log WHERE "familyId" = ANY($1::uuid[]) ORDER BY seq ASC`,
  },
];

/** Synthetic access-log rows for the plan only: about 5 per family, rolled back afterwards. Each names its own predecessor: the chain admits one successor per hash. */
const FILL_ACCESS_LOG = `INSERT INTO access_log (at, "viewerId", "viewerRole", "familyId", category, operation, basis, "basisRef", service, "requestId", "prevHash", hash)
  SELECT now() - (n % 365) * interval '1 day', 'explain', 'companion', f.id, 'bookings', 'read', 'consent', 'explain', 'daycare', 'explain', md5(f.id::text || n) || md5(n || f.id::text), repeat('0', 64)
  FROM (SELECT DISTINCT "familyId" AS id FROM attendance_reservation) f CROSS JOIN generate_series(1, 5) AS n`;

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('Set DATABASE_URL to the database `npm run seed:scale` filled.');
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // A companion from the middle of the generated ones, so its rows sit mid-table.
    const companions = await scaleCompanionIds(databaseUrl, 3);
    const mid = companions[Math.floor(companions.length / 2)];
    const { rows } = await client.query<{ familyId: string }>('SELECT "familyId" FROM volunteers.companion_assignment WHERE "companionId" = $1', [mid]);
    const families = rows.map((r) => r.familyId);
    const { rows: guardians } = await client.query<{ id: string }>(`SELECT id FROM families.person WHERE "familyId" = $1 AND role = 'GUARDIAN' LIMIT 1`, [
      families[0],
    ]);
    const { rows: counts } = await client.query<{ n: string }>('SELECT count(*) AS n FROM families.family');
    const { from, to } = agendaWindow();
    const ctx = { companion: mid, families, guardian: guardians[0].id, from, to };
    const out = [
      `# EXPLAIN (ANALYZE, BUFFERS) of the headline query's hot queries at ${Number(counts[0].n).toLocaleString('en')} families`,
      '',
      `${new Date().toISOString()}, PostgreSQL, data from \`npm run seed:scale\`. Parameters: one generated companion with ${families.length} families; the agenda window (30 days back, 90 ahead).`,
      'Queries are written in the shape the subgraphs send (TypeORM `find` with `In(...)`, `Between`, a relation join and an order). The access-log queries run on about five synthetic rows per family, inserted and rolled back.',
    ];
    await client.query('BEGIN');
    for (const q of HOT_QUERIES) {
      await client.query(`SET LOCAL search_path = ${q.schema}`);
      if (q.title.startsWith('access log') && !q.title.includes('by family')) {
        await client.query(FILL_ACCESS_LOG);
        await client.query('ANALYZE access_log');
      }
      const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${q.sql}`, q.params(ctx));
      // Subgraphs prepare their statements, and PostgreSQL may switch a prepared statement to its generic plan
      // (planned without the values) after five calls: that plan must use the indexes too.
      await client.query(`PREPARE hot AS ${q.sql}`);
      await client.query('SET LOCAL plan_cache_mode = force_generic_plan');
      const literals = q.params(ctx).map((value) => client.escapeLiteral(asText(value)));
      const generic = await client.query(`EXPLAIN (ANALYZE, BUFFERS) EXECUTE hot${literals.length ? `(${literals.join(', ')})` : ''}`);
      await client.query('SET LOCAL plan_cache_mode = auto');
      await client.query('DEALLOCATE hot');
      out.push(
        '',
        `## ${q.schema}: ${q.title}`,
        '',
        '```sql',
        q.sql.replace(/\s+/g, ' ').trim(),
        '```',
        '',
        '```',
        ...plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']),
        '```',
        '',
        'Generic plan, as a prepared statement may run it:',
        '',
        '```',
        ...generic.rows.map((r: Record<string, string>) => r['QUERY PLAN']),
        '```',
      );
    }
    await client.query('ROLLBACK');
    const file = process.env.EXPLAIN_OUT ?? path.join(projectRoot(), 'benchmarks', `explain-${Math.round(Number(counts[0].n) / 1000)}k.md`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, out.join('\n') + '\n');
    console.log(`Written: ${file}`);
  } finally {
    await client.end();
  }
}

main().catch((error: Error) => {
  console.error(`benchmark:explain failed: ${error.message}`);
  process.exit(1);
});
