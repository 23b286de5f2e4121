import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SubgraphContext } from '../../kit/context';
import { LocalDateScalar } from '../../kit/date-time';
import { HousingOutcomeReport } from './housing-outcome-report';
import { HousingOutcomesService } from './housing-outcomes.service';

@Resolver()
export class HousingOutcomesResolver {
  @Authorized('housing-counsellor', 'family-worker')
  @Query(() => HousingOutcomeReport, {
    description: "The housing-support model's outcome table: clients, shares kept / lost / unresolved, problems and evictions per year. Counts only.",
  })
  housingOutcomes(
    @Arg('municipality', { description: 'The municipality, e.g. Rinnala.' }) municipality: string,
    @Arg('from', () => LocalDateScalar, { description: 'First day of the period.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'Last day of the period.' }) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HousingOutcomeReport> {
    return new HousingOutcomesService(ctx).report(municipality, from, to);
  }
}
