import DataLoader from 'dataloader';

/** Per-request DataLoaders, created on first use: one SQL statement per entity type per fetch. */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
    let loader = this.cache.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.cache.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders rows to match `keys`, one row (or null) per key. */
export function oneEach<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Groups rows to match `keys`, a possibly empty list per key. */
export function manyEach<T, K>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}
