import { createHash } from 'node:crypto';
import { IsOptional, Matches } from 'class-validator';
import { Field } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryColumn, type EntityManager } from 'typeorm';
import { conflict } from './errors';

/**
 * A key a client sent with a creating mutation, and what it created. Kept per viewer:
 * the primary key (viewer, key) is the unique index that lets only one of concurrent retries write.
 */
@Entity('idempotency_key')
export class IdempotencyKey {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  viewerId: string;

  @PrimaryColumn({ type: 'varchar', length: 100 })
  key: string;

  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** sha256 of the input, so the same key with other input is a CONFLICT rather than a silent replay. */
  @Column({ type: 'char', length: 64 })
  inputHash: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  resultId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

export const IDEMPOTENCY_KEY_PATTERN = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * The `idempotencyKey` input field of a creating mutation. Optional by default so existing clients
 * keep working; a client that may retry sends a fresh key (a UUID) per new thing and the same key on retry.
 * Required where a double submit is likely and harmful (the public "ask for help" button).
 */
export function IdempotencyKeyField(options: { required?: boolean } = {}): PropertyDecorator {
  return (target, property) => {
    Field(() => String, {
      nullable: !options.required,
      description: `${options.required ? 'Required' : 'Optional'}; 8 to 100 letters, digits, - or _ (a UUID fits). Send a new key for each new thing and the same key when retrying: a retry returns the first result and creates nothing new; the same key with different input is a CONFLICT.`,
    })(target, property);
    if (!options.required) IsOptional()(target, property);
    Matches(IDEMPOTENCY_KEY_PATTERN, { message: 'idempotencyKey must be 8 to 100 letters, digits, - or _, for example a UUID' })(target, property);
  };
}

/** Stable over key order, without the key itself: the same request retried hashes the same. */
export function inputHash(action: string, input: object): string {
  const { idempotencyKey: _key, ...rest } = input as Record<string, unknown>;
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object' && !(v instanceof Date)
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return createHash('sha256')
    .update(JSON.stringify([action, canonical(rest)]))
    .digest('hex');
}

/**
 * Claims `key` for this viewer inside the write's transaction. Returns undefined when the write should go ahead,
 * or the id of what the first request with this key created. A concurrent first request holds the key's
 * index entry until it commits or rolls back, so PostgreSQL makes this insert wait for its outcome.
 */
export async function claimIdempotencyKey(tx: EntityManager, viewerId: string, key: string, action: string, hash: string): Promise<string | undefined> {
  const claimed: unknown[] = await tx.query(
    `INSERT INTO idempotency_key ("viewerId", "key", "action", "inputHash") VALUES ($1, $2, $3, $4) ON CONFLICT ("viewerId", "key") DO NOTHING RETURNING "key"`,
    [viewerId, key, action, hash],
  );
  if (claimed.length > 0) return undefined;
  const first = await tx.getRepository(IdempotencyKey).findOneByOrFail({ viewerId, key });
  if (first.action !== action || first.inputHash !== hash || !first.resultId) {
    throw conflict('This idempotencyKey was already used for a different request. Send a new key for a new request.');
  }
  return first.resultId;
}

export async function rememberIdempotentResult(tx: EntityManager, viewerId: string, key: string, resultId: string): Promise<void> {
  await tx.getRepository(IdempotencyKey).update({ viewerId, key }, { resultId });
}
