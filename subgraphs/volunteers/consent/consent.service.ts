import type { EntityManager } from 'typeorm';
import { Action, assertMayPerform, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { badInput, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { Companion, CompanionAssignment } from '../companion/companion.entity';
import { Consent } from './consent.entity';
import type { AssignCompanionInput, GrantConsentInput } from './consent.input';

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/** Consents and assignments: who may walk alongside a family, and what they may see. */
export class ConsentService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Only a guardian of the family consents; the companion sees the scopes from their next request. */
  grant(input: GrantConsentInput): Promise<Consent> {
    assertMayPerform(this.ctx.viewer, Action.GrantConsent, [input.familyId]);
    const today = helsinkiToday();
    if (input.validUntil < today || input.validUntil > addYear(today)) {
      throw badInput('validUntil must be between today and one year ahead.', 'validUntil');
    }
    const { idempotencyKey, ...consent } = input;
    const idempotency = { key: idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(Consent).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.GrantConsent, { families: [input.familyId], idempotency }, async (tx) => {
      await assertCompanionExists(tx, input.companionId);
      return tx.getRepository(Consent).save({ ...consent, grantedBy: this.ctx.viewer.id, revokedAt: null });
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

  assign(input: AssignCompanionInput): Promise<CompanionAssignment> {
    const { idempotencyKey, ...assignment } = input;
    const withCompanion = (tx: EntityManager, id: string) =>
      tx.getRepository(CompanionAssignment).findOneOrFail({ where: { id }, relations: { companion: true } });
    const idempotency = { key: idempotencyKey, input, replay: withCompanion };
    return performWrite(this.ctx, Action.AssignCompanion, { families: [input.familyId], idempotency }, async (tx) => {
      await assertCompanionExists(tx, input.companionId);
      const saved = await tx.getRepository(CompanionAssignment).save({ ...assignment, endsOn: null });
      return withCompanion(tx, saved.id);
    });
  }
}

async function assertCompanionExists(tx: EntityManager, id: string): Promise<void> {
  if (!(await tx.getRepository(Companion).existsBy({ id }))) throw notFound('The companion');
}
