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
    const rows = await ctx.db.query(query.sql(allowed.length), params);
    return manyEach(familyIds, (rows as Array<Record<string, unknown>>).map(query.hydrate), (r) => r.familyId);
  });
}

/** Rows of `entity` by primary key, through the same lean query as `rowsByFamily`: for a loader of one entity by id. */
export async function rowsById<T>(db: DataSource, entity: EntityTarget<T> & { name: string }, ids: readonly string[]): Promise<T[]> {
  if (ids.length === 0) return [];
  const query = leanQuery<T>(db, entity, [], undefined, 'id');
  return ((await db.query(query.sql(ids.length), [...ids])) as Array<Record<string, unknown>>).map(query.hydrate);
}

interface LeanQuery<T> {
  /** The statement for `familyCount` family ids ($1..$n), then the window's bounds. */
  sql(familyCount: number): string;
  hydrate(row: Record<string, unknown>): T;
}

const leanQueries = new WeakMap<DataSource, Map<string, LeanQuery<never>>>();

/**
 * The read path is hot (every agenda), so the SQL is built once from TypeORM's metadata and rows are
 * hydrated column by column with the driver's own conversions, without the query builder and entity
 * transformer that `find` runs on every call. Same rows, same single statement as `find` with relations.
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
  const hydrators: Array<(row: Record<string, unknown>) => object> = [];
  const columnsOf = (meta: EntityMetadata, alias: string, prefix = '') => {
    const columns = meta.columns.filter((c) => !c.isVirtual && (!only || (prefix === '' && c.propertyName === by) || only.includes(prefix + c.propertyName)));
    columns.forEach((c, i) => select.push(`${q(alias)}.${q(c.databaseName)} AS ${q(`${alias}_${i}`)}`));
    return (row: Record<string, unknown>) => {
      const target = Object.create((meta.target as Function).prototype) as Record<string, unknown>;
      columns.forEach((c, i) => (target[c.propertyName] = db.driver.prepareHydratedValue(row[`${alias}_${i}`], c)));
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
    const primary = inverse.primaryColumns[0];
    const hydrate = columnsOf(inverse, alias, `${name}.`);
    // A missing joined row has a null primary key; when `only` leaves the key out, a boolean says it instead.
    const at = inverse.columns.filter((c) => !c.isVirtual).indexOf(primary);
    let missing = (row: Record<string, unknown>) => row[`${alias}_${at}`] == null;
    if (only) {
      select.push(`${q(alias)}.${q(primary.databaseName)} IS NULL AS ${q(`${alias}_missing`)}`);
      missing = (row) => row[`${alias}_missing`] === true;
    }
    hydrators.push((row) => (missing(row) ? { [name]: null } : { [name]: hydrate(row) }));
    return `LEFT JOIN ${table(inverse)} ${q(alias)} ON ${q(alias)}.${q(join.referencedColumn!.databaseName)} = ${q('t')}.${q(join.databaseName)}`;
  });
  const windowColumn = window && q(meta.findColumnWithPropertyName(window)!.databaseName);
  const head = `SELECT ${select.join(', ')} FROM ${table(meta)} ${q('t')} ${joins.join(' ')} WHERE ${q('t')}.${q(meta.findColumnWithPropertyName(by)!.databaseName)} IN (`;
  query = {
    sql: (n) => {
      const ids = Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ');
      return windowColumn
        ? `${head}${ids}) AND ${q('t')}.${windowColumn} BETWEEN $${n + 1} AND $${n + 2} ORDER BY ${q('t')}.${windowColumn} ASC`
        : `${head}${ids})`;
    },
    hydrate: (row) => Object.assign(own(row), ...hydrators.map((h) => h(row))) as T,
  };
  byKey.set(key, query as LeanQuery<never>);
  return query;
}

/** Provider subgraphs hold no family rows: a Family reference is its key, and each field checks its own grant. */
export const familyKeyReference = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
};
