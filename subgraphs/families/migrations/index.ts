import { Initial1795354836172 } from './1795354836172-Initial';
import { IdempotencyKeys1795444918354 } from './1795444918354-IdempotencyKeys';

export const migrations = [Initial1795354836172, IdempotencyKeys1795444918354];
