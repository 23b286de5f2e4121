import { parse, protocol, type PGlite } from '@electric-sql/pglite';

/** Statement texts whose parameter types are known; a subgraph runs a fixed set, so this stays small. */
const MAX_STATEMENTS = 2_000;

/**
 * PGlite's `query` with parameters makes six calls into the embedded database (parse, describe the statement,
 * bind, describe the portal, execute, sync), and each call has a fixed cost of its own: about 0.1 ms of
 * CPU, three times what `SELECT 1` itself costs. The statement is described only to learn its parameters'
 * types, and the same text always has the same types. So the types are learnt once per text
 * (`describeQuery`), and from then on the five messages go in one call, the values serialised exactly as
 * PGlite does. Same rows, same errors; under the same lock, so no other statement runs in between.
 */
export function queryInOneCall(pglite: PGlite): void {
  const describedQuery = pglite.query.bind(pglite);
  const typesOf = new Map<string, number[]>();
  const { serialize } = protocol;

  pglite.query = (async (text: string, params?: unknown[], options?: object) => {
    if (!params?.length || options) return describedQuery(text, params, options);
    let types = typesOf.get(text);
    if (!types) {
      types = (await pglite.describeQuery(text)).queryParams.map((p) => p.dataTypeID);
      if (typesOf.size >= MAX_STATEMENTS) typesOf.clear();
      typesOf.set(text, types);
    }
    const values = params.map((value, i) => {
      if (value === null || value === undefined) return null;
      const serializer = pglite.serializers[types[i]];
      return serializer ? serializer(value) : String(value);
    });
    const message = concat([
      serialize.parse({ text, types }),
      serialize.bind({ values }),
      serialize.describe({ type: 'P' }),
      serialize.execute({}),
      serialize.sync(),
    ]);
    return pglite.runExclusive(async () => parse.parseResults((await pglite.execProtocol(message)).messages, pglite.parsers)[0]);
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
