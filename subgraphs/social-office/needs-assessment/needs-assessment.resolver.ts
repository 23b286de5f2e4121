import { Arg, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday, LocalDateScalar } from '../../kit/date-time';
import { oneEach } from '../../kit/loaders';
import { CaseWorker } from '../appointment/social-office.entity';
import { Family } from '../family/family';
import { deadlineState, DeadlineState, pendingDeadline } from './deadlines';
import { NeedsAssessment } from './needs-assessment.entity';
import { NeedsAssessmentService, WATCH_WORKING_DAYS } from './needs-assessment.service';
import { OpenNeedsAssessmentInput } from './open-needs-assessment.input';

export const caseWorkerById = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, CaseWorker | null>('caseWorker.byId', async (ids) =>
    oneEach(ids, await ctx.db.getRepository(CaseWorker).findBy({ id: In([...ids]) }), (w) => w.id),
  );

export const familyStub = (id: string): Family => Object.assign(new Family(), { id });

@Resolver(() => NeedsAssessment)
export class NeedsAssessmentResolver {
  @Query(() => [NeedsAssessment], {
    description: `Open assessments past their next deadline or within ${WATCH_WORKING_DAYS} working days of it, the most urgent first: the viewer's own, and their whole unit's when they lead it. Family workers only.`,
  })
  needsAssessmentsNearDeadline(@Ctx() ctx: SubgraphContext): Promise<NeedsAssessment[]> {
    return new NeedsAssessmentService(ctx).nearDeadline();
  }

  @Performs(Action.OpenNeedsAssessment)
  @Mutation(() => NeedsAssessment, {
    description:
      'Opens a service need assessment from a help request or a case; its legal deadlines are computed in Finnish working days. Family workers only.',
  })
  openNeedsAssessment(
    @Arg('input', { description: 'The family, where it starts from, and the day of contact.' }) input: OpenNeedsAssessmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<NeedsAssessment> {
    return new NeedsAssessmentService(ctx).open(input);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => Family, { description: 'The family assessed.' })
  family(@Root() a: NeedsAssessment): Family {
    return familyStub(a.familyId);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => LocalDateScalar, {
    nullable: true,
    description: 'The next deadline to keep: the start until it has started, then the completion; null when none.',
  })
  nextDeadline(@Root() a: NeedsAssessment): string | null {
    return pendingDeadline(a);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => DeadlineState, {
    description: `Where the next deadline stands today (Finnish time); NEAR is within ${WATCH_WORKING_DAYS} working days.`,
  })
  deadlineState(@Root() a: NeedsAssessment): DeadlineState {
    return deadlineState(pendingDeadline(a), helsinkiToday(), WATCH_WORKING_DAYS);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => CaseWorker, { nullable: true, description: 'The worker responsible; null when they are not a worker of the social office.' })
  responsibleWorker(@Root() a: NeedsAssessment, @Ctx() ctx: SubgraphContext): Promise<CaseWorker | null> {
    return caseWorkerById(ctx).load(a.responsibleWorkerId);
  }
}

@Resolver(() => Family)
export class NeedsAssessmentFamilyResolver {
  @Directive('@category(name: "notes")')
  @FieldResolver(() => [NeedsAssessment], { description: "The family's service need assessments, newest contact first. Empty without the `notes` grant." })
  needsAssessments(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<NeedsAssessment[]> {
    return new NeedsAssessmentService(ctx).byFamily(family.id);
  }
}
