import { In, IsNull, MoreThanOrEqual, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { conflict, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { coordinatorOrganisation } from '../coordinator/organisation';
import { Consent } from '../consent/consent.entity';
import { MeetingAttendance, MeetingKind } from '../training/meeting.entity';
import type { EndCompanionAssignmentInput } from './assignment.input';
import { AssignmentStatus, Companion, CompanionAssignment, EndedBy } from './companion.entity';
import type { ChangeCompanionStageInput } from './companion.input';
import { CompanionStage, stageChangeProblem } from './lifecycle';

const OPEN = [AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE];

/** Companions' lifecycle and the end of companionships. */
export class CompanionService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** The own organisation's companions, in a stage or all, by name. */
  async ofOwnOrganisation(stage?: CompanionStage | null): Promise<Companion[]> {
    const organisation = await coordinatorOrganisation(this.ctx);
    return this.ctx.db
      .getRepository(Companion)
      .find({ where: { organisation, ...(stage && { stage }) }, order: { lastName: 'ASC', firstName: 'ASC', id: 'ASC' } });
  }

  async changeStage(input: ChangeCompanionStageInput): Promise<Companion> {
    const organisation = await coordinatorOrganisation(this.ctx);
    return performWrite(this.ctx, Action.ChangeCompanionStage, {}, async (tx) => {
      const companion = await tx.getRepository(Companion).findOne({ where: { id: input.companionId, organisation }, lock: { mode: 'pessimistic_write' } });
      if (!companion) throw notFound('The companion');
      const [trainingsAttended, openAssignments] = await Promise.all([
        tx
          .getRepository(MeetingAttendance)
          .count({ where: { companionId: companion.id, attended: true, meeting: { kind: MeetingKind.TRAINING } }, relations: { meeting: true } }),
        tx.getRepository(CompanionAssignment).countBy({ companionId: companion.id, status: In(OPEN) }),
      ]);
      const problem = stageChangeProblem(companion.stage, input.stage, { trainingsAttended, openAssignments });
      if (problem) throw conflict(problem);
      companion.stage = input.stage;
      return tx.getRepository(Companion).save(companion);
    });
  }

  /**
   * Any side ends a companionship, or declines a proposal: the companion, a guardian, or the coordinator of the
   * companion's organisation. The companion's consents for the family end with it, so their grants go at once.
   */
  async end(input: EndCompanionAssignmentInput): Promise<CompanionAssignment> {
    const found = await this.ctx.db.getRepository(CompanionAssignment).findOne({ where: { id: input.assignmentId }, relations: { companion: true } });
    const side = found && (await this.sideOf(found));
    if (!found || !side) throw notFound('The assignment');
    return performWrite(this.ctx, Action.EndCompanionAssignment, { families: [found.familyId] }, async (tx) => {
      const assignment = await tx.getRepository(CompanionAssignment).findOneOrFail({ where: { id: found.id }, lock: { mode: 'pessimistic_write' } });
      if (!OPEN.includes(assignment.status)) throw conflict(`The assignment is already ${assignment.status}.`);
      const today = helsinkiToday();
      assignment.status = assignment.status === AssignmentStatus.PROPOSED ? AssignmentStatus.DECLINED : AssignmentStatus.ENDED;
      assignment.endsOn = today < assignment.startsOn ? assignment.startsOn : today;
      assignment.endedBy = side;
      assignment.endReason = input.reason;
      await tx.getRepository(CompanionAssignment).save(assignment);
      await endConsents(tx, assignment);
      return tx.getRepository(CompanionAssignment).findOneOrFail({ where: { id: assignment.id }, relations: { companion: true } });
    });
  }

  /** Which side of the assignment the viewer is, if any. */
  private async sideOf(assignment: CompanionAssignment): Promise<EndedBy | undefined> {
    const viewer = this.ctx.viewer;
    if (viewer.hasRole('companion') && assignment.companionId === viewer.id) return EndedBy.COMPANION;
    if (viewer.hasRole('guardian') && viewer.basisFor(assignment.familyId, 'companionship')?.basis === 'guardianship') return EndedBy.GUARDIAN;
    if (viewer.hasRole('volunteer-coordinator') && assignment.companion.organisation === (await coordinatorOrganisation(this.ctx))) return EndedBy.COORDINATOR;
    return undefined;
  }
}

/** The companion's live consents for the family end with the companionship: their last day becomes yesterday, so grants go at once. */
async function endConsents(tx: EntityManager, assignment: CompanionAssignment): Promise<void> {
  const today = helsinkiToday();
  const yesterday = new Date(Date.parse(`${today}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  await tx
    .getRepository(Consent)
    .update(
      { familyId: assignment.familyId, companionId: assignment.companionId, revokedAt: IsNull(), validUntil: MoreThanOrEqual(today) },
      { validUntil: yesterday },
    );
}
