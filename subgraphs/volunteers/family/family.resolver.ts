import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { Companion, CompanionAssignment } from '../companion/companion.entity';
import { Family } from './family';

@Resolver(() => Family)
export class VolunteersFamilyResolver {
  @FieldResolver(() => [CompanionAssignment])
  companionAssignments(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<CompanionAssignment[]> {
    return rowsByFamily(ctx, CompanionAssignment, { category: 'companionship', relations: ['companion'] }).load(family.id);
  }
}

@Resolver(() => Companion)
export class CompanionResolver {
  @Query(() => Companion, { nullable: true, description: 'The signed-in companion, or null for other roles.' })
  myCompanionProfile(@Ctx() ctx: SubgraphContext): Promise<Companion | null> {
    if (!ctx.viewer.hasRole('companion')) return Promise.resolve(null);
    return ctx.db.getRepository(Companion).findOneBy({ id: ctx.viewer.id });
  }
}
