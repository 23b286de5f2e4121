import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { BenefitApplication } from '../application/benefit-application.entity';
import { Family } from './family';

@Resolver(() => Family)
export class BenefitsFamilyResolver {
  @FieldResolver(() => [BenefitApplication])
  benefitApplications(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<BenefitApplication[]> {
    return rowsByFamily(ctx, BenefitApplication, { category: 'benefits' }).load(family.id);
  }
}
