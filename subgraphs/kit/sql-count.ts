import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts the SQL statements one request runs, so operators and tests can see N+1 at once. */
const scope = new AsyncLocalStorage<{ statements: number }>();

export function countingStatements<T>(fn: () => T): { result: T; count: () => number } {
  const store = { statements: 0 };
  return { result: scope.run(store, fn), count: () => store.statements };
}

export function noteStatement(): void {
  const store = scope.getStore();
  if (store) store.statements++;
}
