import { In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday } from '../../kit/date-time';
import { badInput, forbidden } from '../../kit/errors';
import { manyEach } from '../../kit/loaders';
import { addWorkingDays } from '../../kit/working-days';
import { WorkUnitMember } from '../work-unit/work-unit-member.entity';
import { assessmentDeadlines, pendingDeadline } from './deadlines';
import { NeedsAssessment } from './needs-assessment.entity';
import type { OpenNeedsAssessmentInput } from './open-needs-assessment.input';

/** "Near" a deadline: within this many working days of it. */
export const WATCH_WORKING_DAYS = 5;
const DAY_MS = 86_400_000;

/** The municipality's family workers hold the municipal grant on every family; only they work on assessments and plans. */
export function assertFamilyWorker(ctx: SubgraphContext, what: string): void {
  if (!ctx.viewer.hasRole('family-worker') || ctx.viewer.basisFor('*', 'notes')?.basis !== 'municipal-role') {
    throw forbidden(`${what} is for the municipality's family workers.`);
  }
}

export class NeedsAssessmentService {
  constructor(private readonly ctx: SubgraphContext) {}

  open(input: OpenNeedsAssessmentInput): Promise<NeedsAssessment> {
    if (!input.helpRequestId === !input.caseId)
      throw badInput('An assessment starts from a help request or a case: give helpRequestId or caseId, one of them.', 'helpRequestId');
    const today = helsinkiToday();
    if (input.contactedOn > today) throw badInput('contactedOn is in the future: give the day the family made contact.', 'contactedOn');
    if (input.contactedOn < helsinkiToday(new Date(Date.now() - 366 * DAY_MS)))
      throw badInput('contactedOn is over a year ago: check the year.', 'contactedOn');
    if (input.startedOn && (input.startedOn < input.contactedOn || input.startedOn > today)) {
      throw badInput('startedOn must be on or after contactedOn, and not in the future.', 'startedOn');
    }
    const idempotency = {
      key: input.idempotencyKey,
      input,
      replay: (tx: EntityManager, id: string) => tx.getRepository(NeedsAssessment).findOneByOrFail({ id }),
    };
    return performWrite(this.ctx, Action.OpenNeedsAssessment, { families: [input.familyId], idempotency }, async (tx) => {
      const repo = tx.getRepository(NeedsAssessment);
      return repo.save(
        repo.create({
          familyId: input.familyId,
          helpRequestId: input.helpRequestId ?? null,
          caseId: input.caseId ?? null,
          contactedOn: input.contactedOn,
          specialSupport: input.specialSupport,
          ...assessmentDeadlines(input.contactedOn, input.specialSupport),
          startedOn: input.startedOn ?? null,
          completedOn: null,
          responsibleWorkerId: this.ctx.viewer.id,
        }),
      );
    });
  }

  byFamily(familyId: string): Promise<NeedsAssessment[]> {
    if (!this.ctx.access.permit('notes', [familyId]).size) return Promise.resolve([]);
    return this.ctx.loaders
      .get<string, NeedsAssessment[]>('needsAssessment.byFamily', async (ids) =>
        manyEach(
          ids,
          await this.ctx.db.getRepository(NeedsAssessment).find({ where: { familyId: In([...ids]) }, order: { contactedOn: 'DESC' } }),
          (a) => a.familyId,
        ),
      )
      .load(familyId);
  }

  /** The workers whose assessments the viewer watches: their own, and the whole unit's when they lead it. */
  private async watchedWorkers(): Promise<string[]> {
    const units = this.ctx.db.getRepository(WorkUnitMember);
    const me = await units.findOneBy({ workerId: this.ctx.viewer.id });
    if (!me?.lead) return [this.ctx.viewer.id];
    return [this.ctx.viewer.id, ...(await units.findBy({ unit: me.unit })).map((m) => m.workerId).filter((id) => id !== this.ctx.viewer.id)];
  }

  /** Open assessments whose next deadline has passed or is within the watch window, the most urgent first. */
  async nearDeadline(): Promise<NeedsAssessment[]> {
    assertFamilyWorker(this.ctx, 'Watching assessment deadlines');
    const workers = await this.watchedWorkers();
    const limit = addWorkingDays(helsinkiToday(), WATCH_WORKING_DAYS);
    const rows = await this.ctx.db
      .getRepository(NeedsAssessment)
      .createQueryBuilder('a')
      .where('a.responsibleWorkerId IN (:...workers)', { workers })
      .andWhere('a.completedOn IS NULL')
      .andWhere('((a.startedOn IS NULL AND a.startDueBy <= :limit) OR a.completionDueBy <= :limit)', { limit })
      .getMany();
    this.ctx.access.permit('notes', new Set(rows.map((a) => a.familyId)));
    return rows.sort((a, b) => pendingDeadline(a)!.localeCompare(pendingDeadline(b)!));
  }
}
