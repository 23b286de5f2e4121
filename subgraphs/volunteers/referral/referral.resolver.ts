import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { Companion } from '../companion/companion.entity';
import { Family } from '../family/family';
import { CompanionReferral, ReferralStatus } from './referral.entity';
import { ReferFamilyToCompanionshipInput } from './referral.input';
import { ReferralService } from './referral.service';

@ObjectType({ description: 'A companion ranked for a referred family, with the reasons for the ranking.' })
export class CompanionCandidate {
  @Field(() => Companion, { description: 'The candidate.' })
  companion: Companion;

  @Field(() => Int, { description: 'Higher is a better match: shared language, needs, area and times, less the current load.' })
  score: number;

  @Field(() => [String], { description: 'Why the candidate ranks here, in plain words.' })
  reasons: string[];
}

@Resolver(() => CompanionReferral)
export class CompanionReferralResolver {
  @Query(() => [CompanionReferral], { description: 'Families referred to companionship, newest first (at most 200); for coordinators and family workers.' })
  companionReferrals(
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => ReferralStatus, { nullable: true, description: 'Only referrals in this status; all when left out.' }) status?: ReferralStatus | null,
  ): Promise<CompanionReferral[]> {
    return new ReferralService(ctx).list(status);
  }

  @FieldResolver(() => Family, { description: 'The referred family.' })
  family(@Root() referral: CompanionReferral): Family {
    return Object.assign(new Family(), { id: referral.familyId });
  }

  @FieldResolver(() => [CompanionCandidate], {
    description: "The coordinator's own organisation's trained and active companions with room for a family, best match first. Coordinators only.",
  })
  candidates(@Root() referral: CompanionReferral, @Ctx() ctx: SubgraphContext): Promise<CompanionCandidate[]> {
    return new ReferralService(ctx).candidates(referral);
  }

  @Performs(Action.ReferFamilyToCompanionship)
  @Mutation(() => CompanionReferral, { description: 'A family worker refers a family to companionship, saying what the family needs.' })
  referFamilyToCompanionship(
    @Arg('input', { description: 'The family, its languages, area, times and needs.' }) input: ReferFamilyToCompanionshipInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanionReferral> {
    return new ReferralService(ctx).refer(input);
  }
}
