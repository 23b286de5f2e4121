import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, rowsByFamily, type SubgraphContext } from '@rinnalla/subgraph-kit';
import { agendaItem } from '../activity/agenda-item';
import { FamilyActivity } from '../activity/family-activity.entity';
import { Family } from './family';

/** One statement per request for every family asked; families without the `bookings` grant cost none. The kit logs each read. */
const activities = (ctx: SubgraphContext, familyId: string) => rowsByFamily(ctx, FamilyActivity, { window: 'startsAt' }).load(familyId);
const withBelief = (ctx: SubgraphContext, familyId: string) => ctx.access.permit('belief', [familyId]).has(familyId);

@Resolver(() => Family)
export class ParishFamilyResolver {
  @FieldResolver(() => [AgendaItem], { nullable: true })
  async parishActivitiesAgenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    const rows = await activities(ctx, family.id);
    const named = rows.length > 0 && withBelief(ctx, family.id);
    return rows.map((a) => agendaItem(a, named));
  }

  @FieldResolver(() => [FamilyActivity])
  async parishActivities(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<FamilyActivity[]> {
    return withBelief(ctx, family.id) ? activities(ctx, family.id) : [];
  }
}
