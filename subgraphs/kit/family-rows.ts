import type { DataSource, EntityMetadata, EntityTarget } from 'typeorm';
import type DataLoader from 'dataloader';
import { agendaWindow } from './agenda';
import type { SubgraphContext } from './context';
import { helsinkiToday } from './date-time';
import { manyEach } from './loaders';
import type { Category } from './passport';

export interface FamilyRowsOptions {
  category?: Category;
  relations?: string[];
  /** Limit to the agenda window on a timestamp (`startsAt`) or a calendar-date (`date`) column. */
  window?: 'startsAt' | 'date';
  /**
   * Only these properties (`relation.property` for a joined row's), for a caller that reads just those, such as
   * an agenda: every column costs on every row (a uuid most). The rows are then partial entities.
   */
  only?: string[];
}

/**
 * A per-request loader of one entity's rows by family. Families without a grant for the
 * category get nothing and cost no SQL; the rest cost one statement per batch.
 */
export function rowsByFamily<T extends { familyId: string }>(
  ctx: SubgraphContext,
  entity: EntityTarget<T> & { name: string },
  { category = 'bookings', relations = [], window, only }: FamilyRowsOptions = {},
): DataLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(`${entity.name}.byFamily${only ? `(${only.join(',')})` : ''}`, async (familyIds) => {
    const allowed = [...ctx.access.permit(category, familyIds)];
    if (allowed.length === 0) return familyIds.map(() => []);
    const query = leanQuery<T>(ctx.db, entity, relations, window, 'familyId', only);
    const params: unknown[] = [...allowed];
    if (window) {
      const { from, to } = agendaWindow();
      params.push(...(window === 'date' ? [helsinkiToday(from), helsinkiToday(to)] : [from, to]));
    }
    return manyEach(familyIds, query.hydrate(await ctx.db.query(query.sql(allowed.length), params)), (r) => r.familyId);
  });
}

/** One entity's part of `rowsByFamilyTogether`. */
export interface FamilyRowsPart<T> extends Omit<FamilyRowsOptions, 'category'> {
  entity: EntityTarget<T> & { name: string };
}
type RowsOfParts<P> = { [K in keyof P]: P[K] extends FamilyRowsPart<infer T> ? T[] : never };

/**
 * Several entities' rows for the same families in one statement, one `json_agg` sub-select each: for a field
 * that always reads them together, such as daycare's agenda (reservations, absences, discussion times).
 * Each statement costs the embedded database a fixed share on top of its rows, so three become one.
 */
export function rowsByFamilyTogether<P extends readonly FamilyRowsPart<{ familyId: string }>[]>(
  ctx: SubgraphContext,
  name: string,
  parts: P,
  category: Category = 'bookings',
): DataLoader<string, RowsOfParts<P>> {
  return ctx.loaders.get<string, RowsOfParts<P>>(`${name}.byFamily`, async (familyIds) => {
    const allowed = [...ctx.access.permit(category, familyIds)];
    const empty = () => parts.map(() => []) as unknown as RowsOfParts<P>;
    if (allowed.length === 0) return familyIds.map(empty);
    // Family ids are $1..$n, then the bounds of each kind of window the parts use (PostgreSQL refuses an unused parameter).
    const params: unknown[] = [...allowed];
    const { from, to } = agendaWindow();
    const windowAt = new Map<string, number>();
    for (const kind of new Set(parts.flatMap((p) => (p.window ? [p.window] : [])))) {
      windowAt.set(kind, params.length + 1);
      params.push(...(kind === 'date' ? [helsinkiToday(from), helsinkiToday(to)] : [from, to]));
    }
    const queries = parts.map((p) => leanQuery<{ familyId: string }>(ctx.db, p.entity, p.relations ?? [], p.window, 'familyId', p.only));
    const sql = `SELECT ${queries.map((q, i) => `(${q.aggregateSql(allowed.length, windowAt.get(parts[i].window!) ?? 0)}) AS ${ctx.db.driver.escape(`p${i}`)}`).join(', ')}`;
    const [result] = (await ctx.db.query(sql, params)) as Array<Record<string, unknown>>;
    const byPart = queries.map((q, i) => q.hydrateAggregate(result[`p${i}`]));
    return familyIds.map((id) => byPart.map((rows) => rows.filter((r) => r.familyId === id)) as unknown as RowsOfParts<P>);
  });
}

/** Rows of `entity` by primary key, through the same lean query as `rowsByFamily`: for a loader of one entity by id. */
export async function rowsById<T>(db: DataSource, entity: EntityTarget<T> & { name: string }, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const query = leanQuery<T>(db, entity, [], undefined, 'id');
  return query.hydrate(await db.query(query.sql(ids.length), [...ids]));
}

interface LeanQuery<T> {
  /** The statement for `familyCount` family ids ($1..$n), then the window's bounds ($n+1, $n+2): plain rows. */
  sql(familyCount: number): string;
  /** The entities from that statement's rows. */
  hydrate(rows: unknown): T[];
  /** The same rows as one `json_agg` array (in a column named `rows`), the window's bounds from `$windowAt`: to combine statements. */
  aggregateSql(familyCount: number, windowAt: number): string;
  /** The entities from that array. */
  hydrateAggregate(rows: unknown): T[];
}

const leanQueries = new WeakMap<DataSource, Map<string, LeanQuery<never>>>();

/**
 * The read path is hot (every agenda), so the SQL is built once from TypeORM's metadata, without the query
 * builder and entity transformer that `find` runs on every call, and each value goes through the driver's own
 * hydration. Same rows, same single statement as `find` with relations. The aggregate form returns the rows
 * as one JSON array, for `rowsByFamilyTogether` to put several entities into one statement.
 */
function leanQuery<T>(
  db: DataSource,
  entity: EntityTarget<T> & { name: string },
  relations: string[],
  window?: string,
  by = 'familyId',
  only?: string[],
): LeanQuery<T> {
  let byKey = leanQueries.get(db);
  if (!byKey) leanQueries.set(db, (byKey = new Map()));
  const key = `${entity.name}|${relations.join(',')}|${window ?? ''}|${by}|${only?.join(',') ?? ''}`;
  let query = byKey.get(key) as LeanQuery<T> | undefined;
  if (query) return query;

  const q = (name: string) => db.driver.escape(name);
  const table = (meta: EntityMetadata) => meta.tablePath.split('.').map(q).join('.');
  const select: string[] = [];
  type Row = (at: number) => unknown;
  const hydrators: Array<(row: Row) => object> = [];
  const columnsOf = (meta: EntityMetadata, alias: string, prefix = '') => {
    const columns = meta.columns
      .filter((c) => !c.isVirtual && (!only || (prefix === '' && c.propertyName === by) || only.includes(prefix + c.propertyName)))
      .map((c) => ({ column: c, at: select.push(`${q(alias)}.${q(c.databaseName)}`) - 1 }));
    return (row: Row) => {
      const target = Object.create((meta.target as Function).prototype) as Record<string, unknown>;
      for (const { column, at } of columns) target[column.propertyName] = db.driver.prepareHydratedValue(row(at), column);
      return target;
    };
  };
  const meta = db.getMetadata(entity);
  const own = columnsOf(meta, 't');
  const joins = relations.map((name, r) => {
    const relation = meta.findRelationWithPropertyPath(name)!;
    const [join] = relation.joinColumns;
    const alias = `r${r}`;
    const inverse = relation.inverseEntityMetadata;
    const hydrate = columnsOf(inverse, alias, `${name}.`);
    // A missing joined row (LEFT JOIN) has a null primary key.
    const missingAt = select.push(`${q(alias)}.${q(inverse.primaryColumns[0].databaseName)} IS NULL`) - 1;
    hydrators.push((row) => ({ [name]: row(missingAt) === true ? null : hydrate(row) }));
    return `LEFT JOIN ${table(inverse)} ${q(alias)} ON ${q(alias)}.${q(join.referencedColumn!.databaseName)} = ${q('t')}.${q(join.databaseName)}`;
  });
  const entityOf = (row: Row) => Object.assign(own(row), ...hydrators.map((h) => h(row))) as T;
  const windowColumn = window && q(meta.findColumnWithPropertyName(window)!.databaseName);
  const order = windowColumn ? ` ORDER BY ${q('t')}.${windowColumn} ASC` : '';
  const from = `FROM ${table(meta)} ${q('t')} ${joins.join(' ')} WHERE ${q('t')}.${q(meta.findColumnWithPropertyName(by)!.databaseName)} IN (`;
  const where = (n: number, windowAt: number) => {
    const ids = Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
    return windowColumn ? `${ids}) AND ${q('t')}.${windowColumn} BETWEEN $${windowAt} AND $${windowAt + 1}` : `${ids})`;
  };
  const aliases = select.map((_, i) => `c${i}`);
  const rowsHead = `SELECT ${select.map((column, i) => `${column} AS ${q(aliases[i])}`).join(', ')} ${from}`;
  const aggregateHead = `SELECT coalesce(json_agg(json_build_array(${select.join(', ')})${order}), '[]') AS ${q('rows')} ${from}`;
  query = {
    sql: (n) => `${rowsHead}${where(n, n + 1)}${order}`,
    hydrate: (rows) => (rows as Array<Record<string, unknown>>).map((row) => entityOf((at) => row[aliases[at]])),
    aggregateSql: (n, windowAt) => `${aggregateHead}${where(n, windowAt)}`,
    // PGlite and node-postgres both parse `json`; a driver that does not would hand over the text.
    hydrateAggregate: (rows) => (typeof rows === 'string' ? (JSON.parse(rows) as unknown[][]) : (rows as unknown[][])).map((row) => entityOf((at) => row[at])),
  };
  byKey.set(key, query as LeanQuery<never>);
  return query;
}

/** Provider subgraphs hold no family rows: a Family reference is its key, and each field checks its own grant. */
export const familyKeyReference = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
};
