import type { SubgraphContext } from '../../kit/context';
import { forbidden } from '../../kit/errors';
import { VolunteerCoordinator } from './coordinator.entity';

/**
 * The signed-in coordinator's organisation, read once per request. A coordinator sees and changes
 * the volunteers of the own organisation only; without a roster row, none.
 */
export async function coordinatorOrganisation(ctx: SubgraphContext): Promise<string> {
  if (!ctx.viewer.hasRole('volunteer-coordinator')) throw forbidden('This needs the role volunteer-coordinator.');
  const row = await ctx.loaders
    .get<string, VolunteerCoordinator | null>('VolunteerCoordinator.byId', async (ids) => {
      const rows = await ctx.db.getRepository(VolunteerCoordinator).findBy(ids.map((id) => ({ id })));
      return ids.map((id) => rows.find((r) => r.id === id) ?? null);
    })
    .load(ctx.viewer.id);
  if (!row) throw forbidden('You are not on the roster of a volunteer organisation; ask its administrator to add you.');
  return row.organisation;
}
