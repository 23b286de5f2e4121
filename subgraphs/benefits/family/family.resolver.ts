import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday } from '../../kit/date-time';
import { BenefitApplication } from '../application/benefit-application.entity';
import { BenefitKindStatus, benefitStatuses } from './benefit-status';
import { Family } from './family';

@Resolver(() => Family)
export class BenefitsFamilyResolver {
  @FieldResolver(() => [BenefitApplication])
  async benefitApplications(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<BenefitApplication[]> {
    const rows = await rowsByFamily(ctx, BenefitApplication, { category: 'benefits' }).load(family.id);
    return [...rows].sort((a, b) => b.createdOn.localeCompare(a.createdOn) || b.id.localeCompare(a.id));
  }

  @FieldResolver(() => [BenefitKindStatus])
  async benefitStatuses(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<BenefitKindStatus[]> {
    if (!ctx.access.permit('benefits', [family.id]).has(family.id)) return [];
    return benefitStatuses(await rowsByFamily(ctx, BenefitApplication, { category: 'benefits' }).load(family.id), helsinkiToday());
  }
}
