import { In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday, parseIsoDate } from '../../kit/date-time';
import { badInput, codedError, notFound } from '../../kit/errors';
import { oneEach } from '../../kit/loaders';
import { assertTransition } from './application-state';
import { BenefitApplication, BenefitApplicationStatus as Status, BenefitKind } from './benefit-application.entity';
import { BenefitDecision } from './benefit-decision.entity';
import type { BenefitApplicationStepInput, CreateBenefitApplicationInput, DecideBenefitApplicationInput } from './benefit-application.inputs';
import { decisionProblem } from './decision-rules';

/**
 * Applications and decisions. Status rests on the `benefits` grant (a companion may hold it by consent);
 * the decision (amount, period, reasoning) on `benefit-amounts`, which no companion ever holds.
 */
export class BenefitApplicationService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** The decision, or null without the `benefit-amounts` grant; one statement per request. */
  decision(application: BenefitApplication): Promise<BenefitDecision | null> | null {
    if (application.status !== Status.DECIDED) return null;
    if (!this.ctx.access.permit('benefit-amounts', [application.familyId]).has(application.familyId)) return null;
    return this.ctx.loaders
      .get<string, BenefitDecision | null>('BenefitDecision.byApplication', async (ids) =>
        oneEach(ids, await this.ctx.db.getRepository(BenefitDecision).findBy({ applicationId: In([...ids]) }), (d) => d.applicationId),
      )
      .load(application.id);
  }

  /** The linked housing case's id, only for a viewer who may see the family's housing data. */
  housingCase(application: BenefitApplication): { id: string } | null {
    if (!application.housingCaseId) return null;
    return this.ctx.access.permit('housing', [application.familyId]).has(application.familyId) ? { id: application.housingCaseId } : null;
  }

  create(input: CreateBenefitApplicationInput): Promise<BenefitApplication> {
    if (input.housingCaseId && input.kind !== BenefitKind.PREVENTIVE_SOCIAL_ASSISTANCE) {
      throw badInput('Only PREVENTIVE_SOCIAL_ASSISTANCE links to a housing case.', 'housingCaseId');
    }
    const { idempotencyKey } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(BenefitApplication).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.CreateBenefitApplication, { families: [input.familyId], idempotency }, (tx) =>
      tx.getRepository(BenefitApplication).save({
        familyId: input.familyId,
        kind: input.kind,
        status: Status.DRAFT,
        createdOn: helsinkiToday(),
        submittedOn: null,
        housingCaseId: input.housingCaseId ?? null,
      }),
    );
  }

  submit(input: BenefitApplicationStepInput): Promise<BenefitApplication> {
    return this.step(Action.SubmitBenefitApplication, input, Status.SUBMITTED, async (tx, application) => {
      application.submittedOn = helsinkiToday();
      return tx.getRepository(BenefitApplication).save(application);
    });
  }

  startReview(input: BenefitApplicationStepInput): Promise<BenefitApplication> {
    return this.step(Action.StartBenefitReview, input, Status.IN_REVIEW, (tx, application) => tx.getRepository(BenefitApplication).save(application));
  }

  decide(input: DecideBenefitApplicationInput): Promise<BenefitApplication> {
    parseIsoDate(input.periodFrom);
    parseIsoDate(input.periodTo);
    const problem = decisionProblem(input);
    if (problem) throw badInput(problem[1], problem[0]);
    return this.step(Action.DecideBenefitApplication, input, Status.DECIDED, async (tx, application) => {
      const saved = await tx.getRepository(BenefitApplication).save(application);
      await tx.getRepository(BenefitDecision).insert({
        applicationId: application.id,
        familyId: application.familyId,
        outcome: input.outcome,
        amountCents: input.amountCents,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        reasoning: input.reasoning,
        decidedOn: helsinkiToday(),
        decidedBy: this.ctx.viewer.id,
      });
      return saved;
    });
  }

  /**
   * One step of the state machine, under the row's lock: NOT_FOUND without the family's grant, CONFLICT (STALE_VERSION)
   * when someone changed it since the client read it, CONFLICT (INVALID_TRANSITION) when it is not where the step starts.
   */
  private step(
    action: Action,
    input: BenefitApplicationStepInput,
    to: Status,
    write: (tx: EntityManager, application: BenefitApplication) => Promise<BenefitApplication>,
  ): Promise<BenefitApplication> {
    return performWrite(this.ctx, action, {}, async (tx, touch) => {
      const application = await tx.getRepository(BenefitApplication).findOne({ where: { id: input.applicationId }, lock: { mode: 'pessimistic_write' } });
      if (!application || !this.ctx.viewer.basisFor(application.familyId, 'benefits')) throw notFound('The benefit application');
      if (application.version !== input.expectedVersion) {
        throw codedError(
          'CONFLICT',
          `The application was changed meanwhile (version ${application.version}, you sent ${input.expectedVersion}). Reload it and try again.`,
          { reason: 'STALE_VERSION' },
        );
      }
      assertTransition(application.status, to);
      touch(application.familyId);
      application.status = to;
      return write(tx, application);
    });
  }
}
