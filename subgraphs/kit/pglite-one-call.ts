import { parse, protocol, type PGlite } from '@electric-sql/pglite';

/** Statement texts kept prepared; a subgraph runs a fixed set, so this stays small. Texts beyond it are parsed each time. */
const MAX_STATEMENTS = 2_000;
/** PostgreSQL's "cached plan must not change result type". */
const CACHED_PLAN_CHANGED = '0A000';

interface Statement {
  name: string;
  types: number[];
  prepared: boolean;
}

/**
 * PGlite's `query` with parameters makes six calls into the embedded database (parse, describe the statement,
 * bind, describe the portal, execute, sync), and each call has a fixed cost of its own: about 0.1 ms of
 * CPU, three times what `SELECT 1` itself costs. The statement is described only to learn its parameters'
 * types, and the same text always has the same types. So each text is described once and prepared once as a
 * named statement; from then on a call binds, describes the portal, executes and syncs in one message, the
 * values serialised exactly as PGlite does, and PostgreSQL neither parses nor analyses the text again (it
 * re-plans by itself when a table changes). Same rows, same errors; under the same lock, so no other
 * statement runs in between.
 */
export function queryInOneCall(pglite: PGlite): void {
  const describedQuery = pglite.query.bind(pglite);
  const statements = new Map<string, Statement>();
  let named = 0;
  const { serialize } = protocol;

  const statementFor = async (text: string): Promise<Statement> => {
    let statement = statements.get(text);
    if (!statement) {
      const types = (await pglite.describeQuery(text)).queryParams.map((p) => p.dataTypeID);
      // Names are never reused: a text that could not be kept is parsed unnamed every time instead.
      statement = { name: statements.size < MAX_STATEMENTS ? `rinnalla_${named++}` : '', types, prepared: false };
      if (statement.name) statements.set(text, statement);
    }
    return statement;
  };

  pglite.query = (async (text: string, params?: unknown[], options?: object) => {
    if (!params?.length || options) return describedQuery(text, params, options);
    const statement = await statementFor(text);
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[statement.types[i]];
      return serializer ? serializer(value) : String(value);
    });
    const message = async (): Promise<Uint8Array> => {
      // Under the lock: of two first calls at once, only the first prepares. A failed parse prepares nothing.
      if (statement.name && !statement.prepared) {
        await pglite.execProtocol(concat([serialize.parse({ name: statement.name, text, types: statement.types }), serialize.sync()]));
        statement.prepared = true;
      }
      return concat([
        ...(statement.name ? [] : [serialize.parse({ text, types: statement.types })]),
        serialize.bind({ statement: statement.name, values }),
        serialize.describe({ type: 'P' }),
        serialize.execute({}),
        serialize.sync(),
      ]);
    };
    const run = async () => parse.parseResults((await pglite.execProtocol(await message())).messages, pglite.parsers)[0];
    return pglite.runExclusive(async () => {
      try {
        return await run();
      } catch (error) {
        if ((error as { code?: string }).code !== CACHED_PLAN_CHANGED || !statement.prepared) throw error;
        // A table changed under the statement so that its rows would change shape: prepare it afresh, once.
        statement.name = `rinnalla_${named++}`;
        statement.prepared = false;
        return run();
      }
    });
  }) as PGlite['query'];
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
