import type { SubgraphContext } from './context';
import { forbidden } from './errors';
import type { Category } from './passport';

/**
 * Field-level check for a value of one family: passes it through when the passport grants
 * `category` (and logs the use), otherwise refuses. Synchronous, so batching is untouched.
 */
export function guarded<T>(ctx: SubgraphContext, category: Category, familyId: string, value: T): T {
  if (!ctx.access.permit(category, [familyId]).has(familyId)) {
    throw forbidden(`You have no grant to read ${category} data of this family.`);
  }
  return value;
}
