import { Client } from 'pg';

/** Ids of generated rows: `5ca1e000-<kind>-4000-8000-<index>`, the same in every subgraph's schema. */
export const SCALE_ID_PREFIX = '5ca1e000';
export const SCALE_KINDS = { family: '0001', person: '0002', companion: '0003' } as const;

/** `count` of the generated companions, spread evenly over all of them, for the benchmark's rotation. */
export async function scaleCompanionIds(databaseUrl: string, count: number): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n, count(*) OVER () AS total FROM volunteers.companion WHERE id::text LIKE $1) c
       WHERE (n - 1) % GREATEST(1, total / $2) = 0 ORDER BY id LIMIT $2`,
      [`${SCALE_ID_PREFIX}-${SCALE_KINDS.companion}-%`, count],
    );
    if (rows.length === 0) throw new Error('no generated companions: run "npm run seed:scale -- --families 1000" first');
    return rows.map((r) => r.id);
  } finally {
    await client.end();
  }
}
