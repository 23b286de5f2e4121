import { createHash } from 'node:crypto';
import { Client, type QueryConfig } from 'pg';

/** PostgreSQL's "cached plan must not change result type". */
const CACHED_PLAN_CHANGED = '0A000';

/** Statement texts kept prepared on each connection; a subgraph runs a fixed set. Texts beyond it are parsed each time. */
const MAX_STATEMENTS = 500;

const names = new Map<string, string>();
let generation = 0;

function nameOf(text: string): string | undefined {
  let name = names.get(text);
  if (!name && names.size < MAX_STATEMENTS) {
    name = `rinnalla_${createHash('sha1').update(text).digest('hex').slice(0, 32)}_${generation}`;
    names.set(text, name);
  }
  return name;
}

/**
 * A connection that prepares each statement with parameters once, by name, so that PostgreSQL parses and
 * analyses its text once per connection instead of on every call; a subgraph runs a fixed set of texts. The
 * server re-plans by itself when a table changes; when the change alters the rows' shape (a migration by a
 * newer replica), the statement is prepared afresh under a new name and run again, once.
 */
export class PreparingClient extends Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || !values.length || args.length !== 2) return super.query(...(args as [string]));
    const run = () => super.query({ name: nameOf(text), text, values } as QueryConfig);
    return run().catch((error: { code?: string }) => {
      if (error.code !== CACHED_PLAN_CHANGED) throw error;
      generation += 1;
      names.delete(text);
      return run();
    });
  }
}
