import { PreparingClient } from '../subgraphs/kit/pg-prepared';
import { onPostgres, testDatabase } from './setup/client';

// PGlite's side is `subgraphs/kit/pglite-one-call.spec.ts`.
onPostgres('statements on a PostgreSQL connection', () => {
  const client = new PreparingClient({ connectionString: testDatabase(), options: '-c search_path=prepared_statements_test' });
  const select = 'SELECT * FROM entry WHERE n >= $1 ORDER BY n';
  const prepared = async () =>
    (await client.query('SELECT statement FROM pg_prepared_statements WHERE NOT from_sql')).rows.map((r: { statement: string }) => r.statement);

  beforeAll(async () => {
    await client.connect();
    await client.query('DROP SCHEMA IF EXISTS prepared_statements_test CASCADE');
    await client.query('CREATE SCHEMA prepared_statements_test');
    await client.query('CREATE TABLE entry (n int PRIMARY KEY)');
  });
  afterAll(async () => {
    await client.query('DROP SCHEMA prepared_statements_test CASCADE');
    await client.end();
  });

  it('are prepared once per text and give the same rows every time', async () => {
    await client.query('INSERT INTO entry VALUES ($1), ($2)', [1, 2]);
    expect((await client.query(select, [2])).rows).toEqual([{ n: 2 }]);
    expect((await client.query(select, [1])).rows).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await prepared()).toEqual(expect.arrayContaining([select, 'INSERT INTO entry VALUES ($1), ($2)']));
    expect((await prepared()).filter((s: string) => s === select)).toHaveLength(1);
  });

  it('keep failing the way the statement fails, and work again afterwards', async () => {
    await expect(client.query('INSERT INTO entry VALUES ($1), ($2)', [3, 1])).rejects.toMatchObject({ code: '23505' });
    await expect(client.query('INSERT INTO entry VALUES ($1), ($2)', [3, 4])).resolves.toMatchObject({ rowCount: 2 });
  });

  it('follow a table whose rows changed shape after the statement was prepared', async () => {
    await client.query('ALTER TABLE entry ADD COLUMN note text');
    expect((await client.query(select, [4])).rows).toEqual([{ n: 4, note: null }]);
  });
});
