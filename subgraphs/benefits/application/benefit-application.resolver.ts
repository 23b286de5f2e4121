import { Arg, Ctx, Directive, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { BenefitApplication } from './benefit-application.entity';
import { BenefitApplicationStepInput, CreateBenefitApplicationInput, DecideBenefitApplicationInput } from './benefit-application.inputs';
import { BenefitApplicationService } from './benefit-application.service';
import { BenefitDecision } from './benefit-decision.entity';
import { HousingCaseRef } from './housing-case-ref';

@Resolver(() => BenefitApplication)
export class BenefitApplicationResolver {
  @Directive('@category(name: "benefit-amounts")')
  @FieldResolver(() => BenefitDecision, {
    nullable: true,
    description: 'The decision once DECIDED; null without the `benefit-amounts` grant (never shown to a companion).',
  })
  decision(@Root() application: BenefitApplication, @Ctx() ctx: SubgraphContext) {
    return new BenefitApplicationService(ctx).decision(application);
  }

  @Directive('@category(name: "housing")')
  @FieldResolver(() => HousingCaseRef, {
    nullable: true,
    description: 'For preventive assistance: the housing case it helps; null without the `housing` grant.',
  })
  housingCase(@Root() application: BenefitApplication, @Ctx() ctx: SubgraphContext) {
    return new BenefitApplicationService(ctx).housingCase(application);
  }

  @Performs(Action.CreateBenefitApplication)
  @Mutation(() => BenefitApplication, { description: 'Starts an application as a DRAFT; preventive assistance may link to a housing case.' })
  createBenefitApplication(
    @Arg('input', { description: 'The family, the kind and the housing case.' }) input: CreateBenefitApplicationInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new BenefitApplicationService(ctx).create(input);
  }

  @Performs(Action.SubmitBenefitApplication)
  @Mutation(() => BenefitApplication, { description: 'DRAFT → SUBMITTED. Another starting state is a CONFLICT (reason INVALID_TRANSITION).' })
  submitBenefitApplication(
    @Arg('input', { description: 'The application and the version read.' }) input: BenefitApplicationStepInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new BenefitApplicationService(ctx).submit(input);
  }

  @Performs(Action.StartBenefitReview)
  @Mutation(() => BenefitApplication, { description: 'SUBMITTED → IN_REVIEW. Another starting state is a CONFLICT (reason INVALID_TRANSITION).' })
  startBenefitReview(@Arg('input', { description: 'The application and the version read.' }) input: BenefitApplicationStepInput, @Ctx() ctx: SubgraphContext) {
    return new BenefitApplicationService(ctx).startReview(input);
  }

  @Performs(Action.DecideBenefitApplication)
  @Mutation(() => BenefitApplication, {
    description: 'IN_REVIEW → DECIDED, with the decision. Another starting state is a CONFLICT (reason INVALID_TRANSITION).',
  })
  decideBenefitApplication(
    @Arg('input', { description: 'The application, the version read and the decision.' }) input: DecideBenefitApplicationInput,
    @Ctx() ctx: SubgraphContext,
  ) {
    return new BenefitApplicationService(ctx).decide(input);
  }
}
