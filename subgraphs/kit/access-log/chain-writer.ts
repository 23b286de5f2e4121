import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger';
import { countingStatements } from '../sql-count';
import type { ChainedFields } from './chain';
import { appendAfter, appendToChain } from './recorder';

interface Waiter {
  entries: ChainedFields[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/** Rows per transaction: 12 columns each stays well under PostgreSQL's 65,535 bind parameters. */
const MAX_BATCH_ENTRIES = 2_000;

/**
 * Group commit for the access log: the process's one writer. Concurrent requests enqueue their
 * entries and wait; each turn appends everything queued in one transaction, in arrival order,
 * and resolves its waiters once that is committed. The next batch gathers while one is in flight.
 * A batch links to the hash this writer committed last in a single statement, with no transaction
 * around it; only when another writer (a replica, a write) got there first does it take the chain's
 * lock and read the last hash.
 */
export class ChainWriter {
  private queue: Waiter[] = [];
  private draining = false;
  /** The chain's last hash as this writer committed it; unknown at start and after a failure. */
  private head?: string;
  // Batches serve many requests, so they run outside any one request's context (its SQL count, its trace).
  private readonly outsideRequests = AsyncLocalStorage.snapshot();

  constructor(
    private readonly db: DataSource,
    private readonly log: Logger,
  ) {}

  /** Resolves once `entries` are committed to the chain; rejects if they could not be. */
  append(entries: ChainedFields[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.queue.push({ entries, resolve, reject });
      if (!this.draining) {
        this.draining = true;
        this.outsideRequests(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.takeBatch();
      try {
        await this.commit(batch);
        for (const w of batch) w.resolve();
      } catch (error) {
        // One request's bad entry must not fail its neighbours: retry each alone, in order.
        if (batch.length === 1) batch[0].reject(error);
        else for (const w of batch) await this.commit([w]).then(w.resolve, w.reject);
      }
    }
    this.draining = false;
  }

  private takeBatch(): Waiter[] {
    let size = 0;
    let n = 0;
    while (n < this.queue.length && (n === 0 || size + this.queue[n].entries.length <= MAX_BATCH_ENTRIES)) size += this.queue[n++].entries.length;
    return this.queue.splice(0, n);
  }

  private async commit(batch: Waiter[]): Promise<void> {
    const entries = batch.flatMap((w) => w.entries);
    const started = performance.now();
    const { result, count } = countingStatements(() => this.store(entries));
    try {
      await result;
    } catch (error) {
      this.log.error(
        { kind: (error as Error).name, code: (error as { code?: string }).code, entries: entries.length, requests: batch.length },
        'access-log append failed',
      );
      throw error;
    }
    this.log.debug(
      { entries: entries.length, requests: batch.length, sqlStatements: count(), ms: Math.round(performance.now() - started) },
      'access-log batch',
    );
  }

  private async store(entries: ChainedFields[]): Promise<void> {
    const head = this.head;
    this.head = undefined; // a statement that fails leaves the head unknown
    if (head) {
      try {
        this.head = await appendAfter(this.db, head, entries);
        if (this.head) return;
      } catch (error) {
        if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      }
    }
    this.head = await this.db.transaction((tx) => appendToChain(tx, entries));
  }
}

/** Another writer linked an entry to the same hash first (`prevHash` is unique). */
const UNIQUE_VIOLATION = '23505';
