import { Arg, Ctx, Directive, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday, LocalDateScalar } from '../../kit/date-time';
import { SocialOfficeAppointment } from '../appointment/social-office-appointment.entity';
import { CaseWorker } from '../appointment/social-office.entity';
import { Family } from '../family/family';
import { caseWorkerById, familyStub } from '../needs-assessment/needs-assessment.resolver';
import { AgreedService } from './agreed-service.entity';
import { PersonReference } from './person';
import { ServicePlan } from './service-plan.entity';
import { ServicePlanGoal } from './service-plan-goal.entity';
import { BookServicePlanAppointmentInput, CloseServicePlanInput, WriteServicePlanInput } from './service-plan.input';
import { ServicePlanService } from './service-plan.service';

@ObjectType({ description: 'A closed plan, and the one-time token of its feedback form: shown only this once, to give to the family.' })
export class ServicePlanClosing {
  @Field(() => ServicePlan, { description: 'The closed plan.' })
  plan: ServicePlan;

  @Field({ description: "The feedback form's one-time token, for the family to answer `answerFeedback` without an account. Not stored, not shown again." })
  feedbackToken: string;
}

@Resolver(() => ServicePlan)
export class ServicePlanResolver {
  @Performs(Action.WriteServicePlan)
  @Mutation(() => ServicePlan, {
    description: 'Writes a service plan with the family: goals, agreed services with their responsible workers, review dates. Family workers only.',
  })
  writeServicePlan(
    @Arg('input', { description: 'The plan as agreed with the family.' }) input: WriteServicePlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServicePlan> {
    return new ServicePlanService(ctx).write(input);
  }

  @Performs(Action.BookServicePlanAppointment)
  @Mutation(() => SocialOfficeAppointment, {
    description: "Books a social office appointment for an agreed service of an active plan; it appears in the family's `agenda`. Family workers only.",
  })
  bookServicePlanAppointment(
    @Arg('input', { description: 'The plan, the agreed service, the place and the time.' }) input: BookServicePlanAppointmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SocialOfficeAppointment> {
    return new ServicePlanService(ctx).book(input);
  }

  @Performs(Action.CloseServicePlan)
  @Mutation(() => ServicePlanClosing, {
    description:
      "Closes an active plan and creates the family's outcome follow-up form; answers the form's one-time token once. A closed plan is a CONFLICT. Family workers only.",
  })
  closeServicePlan(
    @Arg('input', { description: 'The plan to close.' }) input: CloseServicePlanInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ServicePlanClosing> {
    return new ServicePlanService(ctx).close(input);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => Family, { description: 'The family whose plan it is.' })
  family(@Root() plan: ServicePlan): Family {
    return familyStub(plan.familyId);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => [PersonReference], { description: 'The family members who took part in writing it.' })
  participants(@Root() plan: ServicePlan): PersonReference[] {
    return plan.participantIds.map((id) => ({ id }));
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => [ServicePlanGoal], { description: 'The goals, in the order written.' })
  goals(@Root() plan: ServicePlan, @Ctx() ctx: SubgraphContext): Promise<ServicePlanGoal[]> {
    return new ServicePlanService(ctx).goals(plan.id);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => [AgreedService], { description: 'The agreed services.' })
  services(@Root() plan: ServicePlan, @Ctx() ctx: SubgraphContext): Promise<AgreedService[]> {
    return new ServicePlanService(ctx).services(plan.id);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => LocalDateScalar, { nullable: true, description: 'The next review date from today on; null when none is left.' })
  nextReviewOn(@Root() plan: ServicePlan): string | null {
    const today = helsinkiToday();
    return plan.reviewDates.find((d) => d >= today) ?? null;
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => CaseWorker, {
    nullable: true,
    description: 'The worker who wrote the plan and is responsible for it; null when not a worker of the social office.',
  })
  responsibleWorker(@Root() plan: ServicePlan, @Ctx() ctx: SubgraphContext): Promise<CaseWorker | null> {
    return caseWorkerById(ctx).load(plan.responsibleWorkerId);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => [SocialOfficeAppointment], { description: 'Social office appointments booked from the plan, oldest first.' })
  appointments(@Root() plan: ServicePlan, @Ctx() ctx: SubgraphContext): Promise<SocialOfficeAppointment[]> {
    return new ServicePlanService(ctx).appointments(plan.id);
  }
}

@Resolver(() => AgreedService)
export class AgreedServiceResolver {
  @Directive('@category(name: "notes")')
  @FieldResolver(() => CaseWorker, { nullable: true, description: 'The worker responsible for the service.' })
  responsibleWorker(@Root() s: AgreedService, @Ctx() ctx: SubgraphContext): Promise<CaseWorker | null> {
    return caseWorkerById(ctx).load(s.responsibleWorkerId);
  }
}

@Resolver(() => Family)
export class ServicePlanFamilyResolver {
  @Directive('@category(name: "notes")')
  @FieldResolver(() => [ServicePlan], {
    description: "The family's service plans, newest first. Empty without the `notes` grant (a guardian's own family, or a family worker).",
  })
  servicePlans(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<ServicePlan[]> {
    return new ServicePlanService(ctx).byFamily(family.id);
  }
}

/** `_entities` for ServicePlan: another service (housing) links to a plan by id; null without the grant. */
export const servicePlanReference = {
  __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => new ServicePlanService(ctx).reference(ref.id),
};
