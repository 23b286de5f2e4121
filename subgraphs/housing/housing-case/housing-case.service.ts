import { In, IsNull, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday, parseIsoDate } from '../../kit/date-time';
import { badInput, codedError, conflict, notFound } from '../../kit/errors';
import { manyEach, oneEach } from '../../kit/loaders';
import { housingConfig } from '../housing-config';
import { Eviction } from './eviction.entity';
import { HomeVisit } from './home-visit.entity';
import { HousingCase, HousingCaseKind, type HousingAlertType } from './housing-case.entity';
import { HousingFollowUp } from './housing-follow-up.entity';
import { HousingReferral } from './housing-referral.entity';
import { closingProblem, firstContactDueOn, followUpProblem } from './housing-case.rules';
import type {
  CloseHousingCaseInput,
  OpenMoveToOwnTenancyInput,
  RecordHomeVisitInput,
  RecordHousingFollowUpInput,
  ReferHousingClientInput,
  UpdateHousingCaseInput,
} from './housing-case.inputs';

const notInFuture = (date: string, field: string) => {
  if (parseIsoDate(date) > helsinkiToday()) throw badInput(`${field} cannot be in the future.`, field);
};

/**
 * A counsellor's work on housing cases. Reads pass the passport's `housing` grant per family (and are logged);
 * writes are actions through `performWrite`, so each commits with its access-log entries.
 */
export class HousingCaseService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Cases by id, batched: a case of a family without the `housing` grant is null (and not logged). */
  byId() {
    return this.ctx.loaders.get<string, HousingCase | null>('HousingCase.byId', async (ids) => {
      const rows = await this.ctx.db.getRepository(HousingCase).findBy({ id: In([...ids]) });
      const allowed = this.ctx.access.permit(
        'housing',
        rows.map((r) => r.familyId),
      );
      return oneEach(
        ids,
        rows.filter((r) => allowed.has(r.familyId)),
        (r) => r.id,
      );
    });
  }

  async one(id: string): Promise<HousingCase> {
    const found = await this.byId().load(id);
    if (!found) throw notFound('The housing case'); // another municipality's, or no grant: not told apart
    return found;
  }

  /** The signed-in counsellor's open cases, oldest first. */
  async mine(): Promise<HousingCase[]> {
    const rows = await this.ctx.db
      .getRepository(HousingCase)
      .find({ where: { counsellorId: this.ctx.viewer.id, outcome: IsNull() }, order: { openedOn: 'ASC' } });
    const allowed = this.ctx.access.permit(
      'housing',
      rows.map((r) => r.familyId),
    );
    return rows.filter((r) => allowed.has(r.familyId));
  }

  homeVisits = (caseId: string) => this.childrenOf('HomeVisit', HomeVisit, 'visitedOn').load(caseId) as Promise<HomeVisit[]>;
  referrals = (caseId: string) => this.childrenOf('HousingReferral', HousingReferral, 'referredOn').load(caseId) as Promise<HousingReferral[]>;
  followUps = (caseId: string) => this.childrenOf('HousingFollowUp', HousingFollowUp, 'followedUpOn').load(caseId) as Promise<HousingFollowUp[]>;
  async eviction(caseId: string): Promise<Eviction | null> {
    const rows = (await this.childrenOf('Eviction', Eviction, 'evictedOn').load(caseId)) as Eviction[];
    return rows[0] ?? null;
  }

  /** A case's parts, one statement per part per request; the case itself was authorised when it was read. */
  private childrenOf(name: string, entity: typeof HomeVisit | typeof HousingReferral | typeof HousingFollowUp | typeof Eviction, order: string) {
    return this.ctx.loaders.get<string, object[]>(`${name}.byCase`, async (caseIds) => {
      const rows = (await this.ctx.db.getRepository(entity).find({ where: { caseId: In([...caseIds]) }, order: { [order]: 'ASC' } })) as Array<{
        caseId: string;
      }>;
      return manyEach(caseIds, rows, (r) => r.caseId);
    });
  }

  /** A home visit's findings are notes: served, and logged, only with the `notes` grant. */
  findings(visit: HomeVisit): string | null {
    return this.ctx.access.permit('notes', [visit.familyId]).has(visit.familyId) ? visit.findings : null;
  }

  update(input: UpdateHousingCaseInput): Promise<HousingCase> {
    if (input.firstContactOn) notInFuture(input.firstContactOn, 'firstContactOn');
    return this.editOpenCase(Action.UpdateHousingCase, input.caseId, input.expectedVersion, async (tx, found) => {
      if (input.firstContactOn) {
        if (input.firstContactOn < found.openedOn) throw badInput(`firstContactOn cannot be before the case opened (${found.openedOn}).`, 'firstContactOn');
        found.firstContactOn = input.firstContactOn;
      }
      if (input.problemCategories) found.problemCategories = input.problemCategories;
      if (input.servicePlanId) found.servicePlanId = input.servicePlanId;
      return tx.getRepository(HousingCase).save(found);
    });
  }

  recordHomeVisit(input: RecordHomeVisitInput): Promise<HomeVisit> {
    notInFuture(input.visitedOn, 'visitedOn');
    const { idempotencyKey, ...visit } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HomeVisit).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.RecordHomeVisit, { idempotency }, async (tx, touch) => {
      const found = await this.lockOpen(tx, input.caseId);
      if (input.visitedOn < found.openedOn) throw badInput(`visitedOn cannot be before the case opened (${found.openedOn}).`, 'visitedOn');
      touch(found.familyId);
      // A home visit is a contact: the first one meets the first-contact deadline.
      if (!found.firstContactOn || input.visitedOn < found.firstContactOn) {
        found.firstContactOn = input.visitedOn;
        await tx.getRepository(HousingCase).save(found);
      }
      return tx
        .getRepository(HomeVisit)
        .save({ ...visit, socialWorkerId: input.socialWorkerId ?? null, familyId: found.familyId, counsellorId: this.ctx.viewer.id });
    });
  }

  refer(input: ReferHousingClientInput): Promise<HousingReferral> {
    notInFuture(input.referredOn, 'referredOn');
    const { idempotencyKey, ...referral } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HousingReferral).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.ReferHousingClient, { idempotency }, async (tx, touch) => {
      const found = await this.lockOpen(tx, input.caseId);
      touch(found.familyId);
      return tx.getRepository(HousingReferral).save({ ...referral, familyId: found.familyId });
    });
  }

  close(input: CloseHousingCaseInput): Promise<HousingCase> {
    return this.editOpenCase(Action.CloseHousingCase, input.caseId, input.expectedVersion, async (tx, found) => {
      const problem = closingProblem({ ...found, ...input }, helsinkiToday());
      if (problem) throw badInput(problem[1], problem[0]);
      found.outcome = input.outcome;
      found.closedOn = input.closedOn;
      const saved = await tx.getRepository(HousingCase).save(found);
      if (input.eviction) {
        await tx.getRepository(Eviction).insert({
          municipality: found.municipality,
          familyId: found.familyId,
          caseId: found.id,
          type: input.eviction.type as HousingAlertType,
          evictedOn: input.eviction.evictedOn,
        });
      }
      return saved;
    });
  }

  openMoveToOwnTenancy(input: OpenMoveToOwnTenancyInput): Promise<HousingCase> {
    const { idempotencyKey } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HousingCase).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.OpenMoveToOwnTenancy, { families: [input.familyId], idempotency }, async (tx) => {
      if (await tx.getRepository(HousingCase).existsBy({ familyId: input.familyId, outcome: IsNull() })) {
        throw conflict('The family already has an open housing case: follow the move up there, or close it first.');
      }
      const config = housingConfig();
      const today = helsinkiToday();
      return tx.getRepository(HousingCase).save({
        familyId: input.familyId,
        municipality: config.municipality,
        kind: HousingCaseKind.MOVE_TO_OWN_TENANCY,
        alertType: null,
        openedOn: today,
        counsellorId: this.ctx.viewer.id, // the counsellor who opens the move follows it
        firstContactDueOn: firstContactDueOn(today, config.firstContactWorkingDays),
        firstContactOn: null,
        problemCategories: [],
        servicePlanId: input.servicePlanId ?? null,
        movedInOn: input.movedInOn,
        outcome: null,
        closedOn: null,
      });
    });
  }

  recordFollowUp(input: RecordHousingFollowUpInput): Promise<HousingFollowUp> {
    const { idempotencyKey, ...followUp } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HousingFollowUp).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.RecordHousingFollowUp, { idempotency }, async (tx, touch) => {
      const found = await this.lockOpen(tx, input.caseId);
      const problem = followUpProblem(found.kind, found.movedInOn, input.followedUpOn, helsinkiToday());
      if (problem) throw badInput(problem[1], problem[0]);
      touch(found.familyId);
      return tx.getRepository(HousingFollowUp).save({ ...followUp, familyId: found.familyId });
    });
  }

  /** An edit of an open case at the version the client read; a newer stored version is a CONFLICT. */
  private editOpenCase(action: Action, caseId: string, expectedVersion: number, edit: (tx: EntityManager, found: HousingCase) => Promise<HousingCase>) {
    return performWrite(this.ctx, action, {}, async (tx, touch) => {
      const found = await this.lockOpen(tx, caseId);
      if (found.version !== expectedVersion) {
        throw codedError('CONFLICT', `The case was changed meanwhile (version ${found.version}, you sent ${expectedVersion}). Reload it and try again.`, {
          reason: 'STALE_VERSION',
        });
      }
      touch(found.familyId);
      return edit(tx, found);
    });
  }

  /** The case, locked for the write; NOT_FOUND without a housing grant on its family, CONFLICT once closed. */
  private async lockOpen(tx: EntityManager, caseId: string): Promise<HousingCase> {
    const found = await tx.getRepository(HousingCase).findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
    if (!found || !this.ctx.viewer.basisFor(found.familyId, 'housing')) throw notFound('The housing case');
    if (found.outcome) throw codedError('CONFLICT', `The case is already closed (${found.outcome}).`, { reason: 'CASE_CLOSED' });
    return found;
  }
}

/**
 * The housing counsellor of the municipality with the fewest open cases (ties by id, so it is deterministic),
 * or null while the municipality has none.
 */
export async function leastLoadedCounsellor(tx: EntityManager, municipality: string): Promise<string | null> {
  const rows: Array<{ userId: string }> = await tx.query(
    `SELECT c."userId" FROM housing_counsellor c
       LEFT JOIN housing_case hc ON hc."counsellorId" = c."userId" AND hc.outcome IS NULL
      WHERE c.municipality = $1
      GROUP BY c."userId" ORDER BY count(hc.id), c."userId" LIMIT 1`,
    [municipality],
  );
  return rows[0]?.userId ?? null;
}
