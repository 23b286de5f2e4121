import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { HousingCase } from '../housing-case/housing-case.entity';
import { Family } from './family';

@Resolver(() => Family)
export class HousingFamilyResolver {
  @FieldResolver(() => [HousingCase])
  housingCases(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<HousingCase[]> {
    return rowsByFamily(ctx, HousingCase, { category: 'housing' }).load(family.id);
  }
}
