import { Between, In, type EntityTarget, type FindOptionsWhere } from 'typeorm';
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
}

/**
 * A per-request loader of one entity's rows by family. Families without a grant for the
 * category get nothing and cost no SQL; the rest cost one statement per batch.
 */
export function rowsByFamily<T extends { familyId: string }>(
  ctx: SubgraphContext,
  entity: EntityTarget<T> & { name: string },
  { category = 'bookings', relations = [], window }: FamilyRowsOptions = {},
): DataLoader<string, T[]> {
  return ctx.loaders.get<string, T[]>(`${entity.name}.byFamily`, async (familyIds) => {
    const allowed = [...ctx.access.permit(category, familyIds)];
    if (allowed.length === 0) return familyIds.map(() => []);
    const where: Record<string, unknown> = { familyId: In(allowed) };
    const { from, to } = agendaWindow();
    if (window === 'startsAt') where.startsAt = Between(from, to);
    if (window === 'date') where.date = Between(helsinkiToday(from), helsinkiToday(to));
    const rows = await ctx.db.getRepository(entity).find({
      where: where as FindOptionsWhere<T>,
      relations: Object.fromEntries(relations.map((r) => [r, true])) as never,
      order: (window ? { [window]: 'ASC' } : {}) as never,
    });
    return manyEach(familyIds, rows, (r) => r.familyId);
  });
}

/** Provider subgraphs hold no family rows: a Family reference is its key, and each field checks its own grant. */
export const familyKeyReference = {
  __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
};
