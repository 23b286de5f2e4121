import type { EntityManager } from 'typeorm';
import { Action, assertMayPerform, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { badInput, conflict, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { manyEach } from '../../kit/loaders';
import { AssignmentStatus, Companion, CompanionAssignment } from '../companion/companion.entity';
import { CompanionStage, MATCHABLE_STAGES } from '../companion/lifecycle';
import { coordinatorOrganisation } from '../coordinator/organisation';
import { CompanionReferral, ReferralStatus } from '../referral/referral.entity';
import { Consent } from './consent.entity';
import { consentEndsAt } from './consent-end';
import type { AssignCompanionInput, GrantConsentInput, RenewConsentInput } from './consent.input';

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/** Active, ended or revoked: what a guardian reads in the list of the family's consents. */
export enum ConsentStatusValue {
  ACTIVE = 'ACTIVE',
  ENDED = 'ENDED',
  REVOKED = 'REVOKED',
}

export function consentStatus(consent: Pick<Consent, 'revokedAt' | 'validUntil'>, now = new Date()): ConsentStatusValue {
  if (consent.revokedAt) return ConsentStatusValue.REVOKED;
  return consentEndsAt(consent.validUntil) < now ? ConsentStatusValue.ENDED : ConsentStatusValue.ACTIVE;
}

function assertValidUntil(validUntil: string): void {
  const today = helsinkiToday();
  if (validUntil < today || validUntil > addYear(today)) throw badInput('validUntil must be between today and one year ahead.', 'validUntil');
}

/** Consents and assignments: who may walk alongside a family, and what they may see. */
export class ConsentService {
  constructor(private readonly ctx: SubgraphContext) {}

  /**
   * Only a guardian of the family consents; the companion sees the scopes from their next request.
   * Consenting to a companion a coordinator proposed is the guardian's acceptance: the assignment becomes active.
   */
  grant(input: GrantConsentInput): Promise<Consent> {
    assertMayPerform(this.ctx.viewer, Action.GrantConsent, [input.familyId]);
    assertValidUntil(input.validUntil);
    const { idempotencyKey, ...consent } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(Consent).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.GrantConsent, { families: [input.familyId], idempotency }, async (tx) => {
      await assertCompanionExists(tx, input.companionId);
      const saved = await tx.getRepository(Consent).save({ ...consent, grantedBy: this.ctx.viewer.id, revokedAt: null });
      await acceptProposals(tx, input.familyId, input.companionId);
      return saved;
    });
  }

  /** Revocation takes effect at once: the passport's grants are re-read within seconds. Revoking twice changes nothing. */
  async revoke(id: string): Promise<Consent> {
    const found = await this.ctx.db.getRepository(Consent).findOneBy({ id });
    // Another family's consent is NOT_FOUND, not FORBIDDEN, so consent ids cannot be probed.
    if (!found || !this.ctx.viewer.knows(found.familyId)) throw notFound('The consent');
    return performWrite(this.ctx, Action.RevokeConsent, { families: [found.familyId] }, async (tx) => {
      const consent = await tx.getRepository(Consent).findOneOrFail({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!consent.revokedAt) {
        consent.revokedAt = new Date();
        await tx.getRepository(Consent).save(consent);
      }
      return consent;
    });
  }

  /** Extends an active or ended consent to a new last day; a revoked one stays revoked (grant a new one instead). */
  async renew(input: RenewConsentInput): Promise<Consent> {
    const found = await this.ctx.db.getRepository(Consent).findOneBy({ id: input.consentId });
    if (!found || !this.ctx.viewer.knows(found.familyId)) throw notFound('The consent');
    assertMayPerform(this.ctx.viewer, Action.RenewConsent, [found.familyId]);
    assertValidUntil(input.validUntil);
    return performWrite(this.ctx, Action.RenewConsent, { families: [found.familyId] }, async (tx) => {
      const consent = await tx.getRepository(Consent).findOneOrFail({ where: { id: input.consentId }, lock: { mode: 'pessimistic_write' } });
      if (consent.revokedAt) throw conflict('A revoked consent cannot be renewed; give a new consent with grantConsent.');
      consent.validUntil = input.validUntil;
      return tx.getRepository(Consent).save(consent);
    });
  }

  /** A coordinator proposes one of the own organisation's trained or active companions; nothing is visible to them until a guardian consents. */
  async assign(input: AssignCompanionInput): Promise<CompanionAssignment> {
    assertMayPerform(this.ctx.viewer, Action.AssignCompanion, [input.familyId]);
    const organisation = await coordinatorOrganisation(this.ctx);
    const { idempotencyKey, ...assignment } = input;
    const withCompanion = (tx: EntityManager, id: string) =>
      tx.getRepository(CompanionAssignment).findOneOrFail({ where: { id }, relations: { companion: true } });
    const idempotency = { key: idempotencyKey, input, replay: withCompanion };
    return performWrite(this.ctx, Action.AssignCompanion, { families: [input.familyId], idempotency }, async (tx) => {
      const companion = await tx.getRepository(Companion).findOneBy({ id: input.companionId, organisation });
      if (!companion) throw notFound('The companion');
      if (!MATCHABLE_STAGES.includes(companion.stage))
        throw conflict(`The companion is ${companion.stage}; only TRAINED or ACTIVE companions are proposed to families.`);
      const open = await tx.getRepository(CompanionAssignment).existsBy([
        { companionId: companion.id, familyId: input.familyId, status: AssignmentStatus.PROPOSED },
        { companionId: companion.id, familyId: input.familyId, status: AssignmentStatus.ACTIVE },
      ]);
      if (open) throw conflict('The companion is already proposed to or walking alongside this family.');
      if (input.referralId) {
        const referral = await tx.getRepository(CompanionReferral).findOneBy({ id: input.referralId, familyId: input.familyId });
        if (!referral) throw notFound('The referral');
      }
      const saved = await tx
        .getRepository(CompanionAssignment)
        .save({ ...assignment, referralId: input.referralId ?? null, status: AssignmentStatus.PROPOSED, endsOn: null, endedBy: null, endReason: null });
      return withCompanion(tx, saved.id);
    });
  }

  /** The family's consents, newest last day first; a companion reads only the ones given to them. */
  forFamily(familyId: string): Promise<Consent[]> {
    return this.ctx.loaders
      .get<string, Consent[]>('Consent.byFamily', async (familyIds) => {
        const allowed = [...this.ctx.access.permit('companionship', familyIds)];
        if (allowed.length === 0) return familyIds.map(() => []);
        const rows = await this.ctx.db
          .getRepository(Consent)
          .createQueryBuilder('c')
          .where('c."familyId" IN (:...allowed)', { allowed })
          .orderBy('c."validUntil"', 'DESC')
          .addOrderBy('c.id')
          .getMany();
        const visible = rows.filter((c) => this.ctx.viewer.basisFor(c.familyId, 'companionship')?.basis !== 'consent' || c.companionId === this.ctx.viewer.id);
        return manyEach(familyIds, visible, (c) => c.familyId);
      })
      .load(familyId);
  }

  /** The consents given to the signed-in companion, live or not: each read is logged for its family. */
  async ofCompanion(companionId: string): Promise<Consent[]> {
    if (!this.ctx.viewer.hasRole('companion') || this.ctx.viewer.id !== companionId) return [];
    const rows = await this.ctx.db.getRepository(Consent).find({ where: { companionId }, order: { validUntil: 'DESC', id: 'ASC' } });
    // The consent is the companion's own record with the family, so it is readable after it ends; the read is logged on it.
    for (const c of rows) this.ctx.access.record(c.familyId, 'companionship', 'read', 'consent', c.id);
    return rows;
  }
}

/** The guardian accepted: proposed assignments with this companion start (no earlier than today), and the referral is matched. */
async function acceptProposals(tx: EntityManager, familyId: string, companionId: string): Promise<void> {
  const proposals = await tx.getRepository(CompanionAssignment).findBy({ familyId, companionId, status: AssignmentStatus.PROPOSED });
  if (proposals.length === 0) return;
  const today = helsinkiToday();
  for (const proposal of proposals) {
    await tx
      .getRepository(CompanionAssignment)
      .update({ id: proposal.id }, { status: AssignmentStatus.ACTIVE, startsOn: proposal.startsOn < today ? today : proposal.startsOn });
    if (proposal.referralId) await tx.getRepository(CompanionReferral).update({ id: proposal.referralId }, { status: ReferralStatus.MATCHED });
  }
  await tx.getRepository(Companion).update({ id: companionId, stage: CompanionStage.TRAINED }, { stage: CompanionStage.ACTIVE });
}

async function assertCompanionExists(tx: EntityManager, id: string): Promise<void> {
  if (!(await tx.getRepository(Companion).existsBy({ id }))) throw notFound('The companion');
}
