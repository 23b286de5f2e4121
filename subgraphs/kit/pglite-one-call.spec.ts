import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from './project-root';

// jest cannot load PGlite, so the comparison runs in a node process of its own, on the built kit.
const SCRIPT = `
const { PGlite } = require('@electric-sql/pglite');
const { queryInOneCall } = require(${JSON.stringify(path.join(projectRoot(), 'dist', 'subgraphs', 'kit', 'pglite-one-call.js'))});
const outcome = (p) => p.then((r) => ({ rows: r.rows, fields: r.fields.map((f) => f.name), affectedRows: r.affectedRows }), (e) => ({ error: e.code }));
(async () => {
  const db = await PGlite.create();
  await db.exec('CREATE TABLE entry (id uuid PRIMARY KEY, at timestamptz, day date, data jsonb, ok boolean, n int, tags text[])');
  const id = '74a923ac-4019-4125-ae90-34cffc4464ad';
  const statements = [
    ['INSERT INTO entry VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id', [id, new Date('2026-11-23T10:00:00Z'), '2026-11-23', { a: [1, 'x'] }, 1, 7, ['a', 'b"c']]],
    ['SELECT * FROM entry WHERE id = ANY($1::uuid[]) AND at BETWEEN $2 AND $3', [[id], new Date('2026-11-01'), Date.parse('2026-12-01')]],
    ['UPDATE entry SET n = n + $1 WHERE id = $2', [1, id]],
    ['SELECT $1::int', ['not a number']],
    ['SELECT n FROM entry WHERE ok = $1 AND data->>$2 IS NULL', [true, 'b']],
    // Again, now prepared: a statement that failed when it ran, and one that never parsed.
    ['SELECT * FROM entry WHERE id = ANY($1::uuid[]) AND at BETWEEN $2 AND $3', [[id], new Date('2026-11-01'), Date.parse('2026-12-01')]],
    ['SELECT $1::int', ['not a number']],
    ['SELECT $1::int', ['12']],
    ['SELEC n FROM entry WHERE n = $1', [1]],
    ['SELEC n FROM entry WHERE n = $1', [1]],
    ['UPDATE entry SET n = n + $1 WHERE id = $2', [1, id]],
  ];
  const described = db.query.bind(db);
  const before = [];
  for (const [text, params] of statements) before.push(await outcome(described(text, params)));
  await db.exec('DELETE FROM entry');
  queryInOneCall(db);
  const after = [];
  for (const [text, params] of statements) after.push(await outcome(db.query(text, params)));
  // A table changed under a prepared statement: its rows take the new shape.
  await db.exec('ALTER TABLE entry ADD COLUMN note text');
  const reshaped = await outcome(db.query(statements[1][0], statements[1][1]));
  // Statements of both kinds at once do not interleave their messages.
  const together = await Promise.all([...Array(20)].map((_, i) => outcome(i % 2 ? db.query('SELECT $1::int + 1 AS n', [i]) : described('SELECT $1::int + 1 AS n', [i]))));
  process.stdout.write(JSON.stringify({ before, after, together, reshaped }));
  await db.close();
})();
`;

describe('PGlite statements in one call', () => {
  const { before, after, together, reshaped } = JSON.parse(execFileSync(process.execPath, ['-e', SCRIPT], { cwd: projectRoot(), encoding: 'utf8' }));

  it('give the same rows, fields, counts and errors as PGlite’s own described query', () => {
    expect(after).toEqual(before);
    expect(before[1].rows).toHaveLength(1);
    expect(before[3]).toEqual({ error: '22P02' });
    expect(before.slice(5).map((r: { error?: string; rows?: unknown[] }) => r.error ?? r.rows!.length)).toEqual([1, '22P02', 1, '42601', '42601', 0]);
  });

  it('follow a table that changed after the statement was prepared', () => {
    expect(reshaped.fields).toContain('note');
    expect(reshaped.rows).toHaveLength(1);
  });

  it('keep every statement whole when others run at the same time', () => {
    expect(together.map((r: { rows: Array<{ n: number }> }) => r.rows[0].n)).toEqual([...Array(20)].map((_, i) => i + 1));
  });
});
