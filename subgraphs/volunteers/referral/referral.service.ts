import { In, type EntityManager } from 'typeorm';
import { Action, assertMayPerform, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { forbidden } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { AssignmentStatus, Companion, CompanionAssignment } from '../companion/companion.entity';
import { MATCHABLE_STAGES } from '../companion/lifecycle';
import { coordinatorOrganisation } from '../coordinator/organisation';
import { rankCandidates, type RankedCandidate } from '../matching/ranking';
import { CompanionReferral, ReferralStatus } from './referral.entity';
import type { ReferFamilyToCompanionshipInput } from './referral.input';

export interface Candidate extends RankedCandidate {
  companion: Companion;
}

/** Family workers refer families to companionship; coordinators find candidates for them. */
export class ReferralService {
  constructor(private readonly ctx: SubgraphContext) {}

  refer(input: ReferFamilyToCompanionshipInput): Promise<CompanionReferral> {
    assertMayPerform(this.ctx.viewer, Action.ReferFamilyToCompanionship, [input.familyId]);
    const { idempotencyKey, ...referral } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(CompanionReferral).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.ReferFamilyToCompanionship, { families: [input.familyId], idempotency }, (tx) =>
      tx.getRepository(CompanionReferral).save({ ...referral, referredBy: this.ctx.viewer.id, referredOn: helsinkiToday(), status: ReferralStatus.OPEN }),
    );
  }

  /** Coordinators and family workers read referrals; each family's use is logged. */
  async list(status?: ReferralStatus | null): Promise<CompanionReferral[]> {
    if (!this.ctx.viewer.hasRole('volunteer-coordinator', 'family-worker')) throw forbidden('This needs the role volunteer-coordinator or family-worker.');
    const rows = await this.ctx.db
      .getRepository(CompanionReferral)
      .find({ where: status ? { status } : {}, order: { referredOn: 'DESC', id: 'ASC' }, take: 200 });
    const allowed = this.ctx.access.permit('companionship', new Set(rows.map((r) => r.familyId)));
    return rows.filter((r) => allowed.has(r.familyId));
  }

  /** The own organisation's trained or active companions with room for a family, best first, each with the reasons. */
  async candidates(referral: CompanionReferral): Promise<Candidate[]> {
    const organisation = await coordinatorOrganisation(this.ctx);
    const companions = await this.ctx.db.getRepository(Companion).findBy({ organisation, stage: In(MATCHABLE_STAGES) });
    if (companions.length === 0) return [];
    const loads: Array<{ companionId: string; load: string }> = await this.ctx.db
      .getRepository(CompanionAssignment)
      .createQueryBuilder('a')
      .select('a."companionId"', 'companionId')
      .addSelect('count(*)', 'load')
      .where('a."companionId" IN (:...ids) AND a.status IN (:...open)', {
        ids: companions.map((c) => c.id),
        open: [AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE],
      })
      .groupBy('a."companionId"')
      .getRawMany();
    const loadOf = new Map(loads.map((l) => [l.companionId, Number(l.load)]));
    // A companion already proposed to or walking with this family is not a new candidate for it.
    const taken = new Set(
      (
        await this.ctx.db
          .getRepository(CompanionAssignment)
          .findBy({ familyId: referral.familyId, status: In([AssignmentStatus.PROPOSED, AssignmentStatus.ACTIVE]) })
      ).map((a) => a.companionId),
    );
    const byId = new Map(companions.map((c) => [c.id, c]));
    const ranked = rankCandidates(
      referral,
      companions.filter((c) => !taken.has(c.id)).map((c) => ({ ...c, load: loadOf.get(c.id) ?? 0 })),
    );
    return ranked.map((r) => ({ ...r, companion: byId.get(r.id)! }));
  }
}
