import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { Eviction } from './eviction.entity';
import { HomeVisit, HomeVisitParticipant, HomeVisitRole } from './home-visit.entity';
import { HousingCase } from './housing-case.entity';
import {
  CloseHousingCaseInput,
  OpenMoveToOwnTenancyInput,
  RecordHomeVisitInput,
  RecordHousingFollowUpInput,
  ReferHousingClientInput,
  UpdateHousingCaseInput,
} from './housing-case.inputs';
import { HousingCaseService } from './housing-case.service';
import { HousingFollowUp } from './housing-follow-up.entity';
import { HousingReferral } from './housing-referral.entity';
import { ServicePlan } from './service-plan';

@Resolver(() => HousingCase)
export class HousingCaseResolver {
  // Only these roles ever hold housing grants: a companion or a landlord is refused outright, the rest per family.
  @Authorized('housing-counsellor', 'family-worker', 'guardian')
  @Query(() => HousingCase, {
    description: 'One housing case, for a viewer with the `housing` grant on its family (housing counsellors, family workers, guardians).',
  })
  housingCase(@Arg('id', () => ID, { description: "The case's id." }) id: string, @Ctx() ctx: SubgraphContext): Promise<HousingCase> {
    return new HousingCaseService(ctx).one(id);
  }

  @Authorized('housing-counsellor')
  @Query(() => [HousingCase], { description: "The signed-in housing counsellor's open cases, oldest first." })
  myHousingCases(@Ctx() ctx: SubgraphContext): Promise<HousingCase[]> {
    return new HousingCaseService(ctx).mine();
  }

  @FieldResolver(() => [HomeVisit], { description: 'Home visits, oldest first.' })
  homeVisits(@Root() c: HousingCase, @Ctx() ctx: SubgraphContext): Promise<HomeVisit[]> {
    return new HousingCaseService(ctx).homeVisits(c.id);
  }

  @FieldResolver(() => [HousingReferral], { description: 'Referrals to treatment and activation, oldest first.' })
  referrals(@Root() c: HousingCase, @Ctx() ctx: SubgraphContext): Promise<HousingReferral[]> {
    return new HousingCaseService(ctx).referrals(c.id);
  }

  @FieldResolver(() => [HousingFollowUp], { description: 'Follow-ups after a move into an own tenancy, oldest first.' })
  followUps(@Root() c: HousingCase, @Ctx() ctx: SubgraphContext): Promise<HousingFollowUp[]> {
    return new HousingCaseService(ctx).followUps(c.id);
  }

  @FieldResolver(() => Eviction, { nullable: true, description: 'The eviction, when the case closed LOST by eviction.' })
  eviction(@Root() c: HousingCase, @Ctx() ctx: SubgraphContext): Promise<Eviction | null> {
    return new HousingCaseService(ctx).eviction(c.id);
  }

  @FieldResolver(() => ServicePlan, {
    nullable: true,
    description: "The family's service plan the work continues under, when there is one (served by social office).",
  })
  servicePlan(@Root() c: HousingCase): ServicePlan | null {
    return c.servicePlanId ? { id: c.servicePlanId } : null;
  }

  @Performs(Action.UpdateHousingCase)
  @Mutation(() => HousingCase, { description: 'Records the first contact, the problems behind the housing risk and the service plan of an open case.' })
  updateHousingCase(
    @Arg('input', { description: 'The case, the version read, and what changes.' }) input: UpdateHousingCaseInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new HousingCaseService(ctx).update(input);
  }

  @Performs(Action.RecordHomeVisit)
  @Mutation(() => HomeVisit, { description: 'Records a home visit on an open case; the first visit also counts as the first contact.' })
  recordHomeVisit(
    @Arg('input', { description: 'The case, the day, who came along and the findings.' }) input: RecordHomeVisitInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new HousingCaseService(ctx).recordHomeVisit(input);
  }

  @Performs(Action.ReferHousingClient)
  @Mutation(() => HousingReferral, { description: 'Records a referral to substance-use or mental-health treatment, or to activation.' })
  referHousingClient(@Arg('input', { description: 'The case, where to, and when.' }) input: ReferHousingClientInput, @Ctx() ctx: SubgraphContext) {
    return new HousingCaseService(ctx).refer(input);
  }

  @Performs(Action.CloseHousingCase)
  @Mutation(() => HousingCase, { description: 'Closes an open case as KEPT, LOST or UNRESOLVED, with the eviction when there was one.' })
  closeHousingCase(@Arg('input', { description: 'The case, the version read, and how it ended.' }) input: CloseHousingCaseInput, @Ctx() ctx: SubgraphContext) {
    return new HousingCaseService(ctx).close(input);
  }

  @Performs(Action.OpenMoveToOwnTenancy)
  @Mutation(() => HousingCase, { description: 'Opens a case that follows a resident from supported housing into an own tenancy.' })
  openMoveToOwnTenancy(
    @Arg('input', { description: 'The family, the move-in day and the service plan.' }) input: OpenMoveToOwnTenancyInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new HousingCaseService(ctx).openMoveToOwnTenancy(input);
  }

  @Performs(Action.RecordHousingFollowUp)
  @Mutation(() => HousingFollowUp, { description: 'Records a follow-up of a resident who moved into an own tenancy.' })
  recordHousingFollowUp(
    @Arg('input', { description: 'The case, the day and how the resident is doing.' }) input: RecordHousingFollowUpInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new HousingCaseService(ctx).recordFollowUp(input);
  }
}

@Resolver(() => HomeVisit)
export class HomeVisitResolver {
  @Directive('@category(name: "notes")')
  @FieldResolver(() => String, { nullable: true, description: 'What the visit found; null without the `notes` grant (sensitive case notes).' })
  findings(@Root() visit: HomeVisit, @Ctx() ctx: SubgraphContext): string | null {
    return new HousingCaseService(ctx).findings(visit);
  }

  @FieldResolver(() => [HomeVisitParticipant], { description: 'Who took part: the counsellor, and the social worker when present.' })
  participants(@Root() visit: HomeVisit): HomeVisitParticipant[] {
    return [
      { userId: visit.counsellorId, role: HomeVisitRole.HOUSING_COUNSELLOR },
      ...(visit.socialWorkerId ? [{ userId: visit.socialWorkerId, role: HomeVisitRole.SOCIAL_WORKER }] : []),
    ];
  }
}

export const housingCaseReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new HousingCaseService(ctx).byId().load(ref.id),
};
