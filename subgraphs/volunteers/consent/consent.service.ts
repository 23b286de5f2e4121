import type { SubgraphContext } from '../../kit/context';
import { badInput, forbidden, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { Companion, CompanionAssignment } from '../companion/companion.entity';
import { Consent } from './consent.entity';
import type { AssignCompanionInput, GrantConsentInput } from './consent.input';

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/** Consents and assignments: who may walk alongside a family, and what they may see. */
export class ConsentService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Only a guardian of the family consents; the companion sees the scopes from their next request. */
  async grant(input: GrantConsentInput): Promise<Consent> {
    if (this.ctx.viewer.basisFor(input.familyId, 'companionship')?.basis !== 'guardianship') {
      throw forbidden('Only a guardian of the family can consent.');
    }
    const today = helsinkiToday();
    if (input.validUntil < today || input.validUntil > addYear(today)) {
      throw badInput('validUntil must be between today and one year ahead.', 'validUntil');
    }
    await this.assertCompanionExists(input.companionId);
    const consent = await this.ctx.db.getRepository(Consent).save({ ...input, grantedBy: this.ctx.viewer.id, revokedAt: null });
    this.ctx.access.permit('companionship', [input.familyId], 'write');
    return consent;
  }

  /** Revocation takes effect at once: the passport's grants are re-read within seconds. */
  async revoke(id: string): Promise<Consent> {
    const consent = await this.ctx.db.getRepository(Consent).findOneBy({ id });
    if (!consent || this.ctx.viewer.basisFor(consent.familyId, 'companionship')?.basis !== 'guardianship') throw notFound('The consent');
    if (!consent.revokedAt) {
      consent.revokedAt = new Date();
      await this.ctx.db.getRepository(Consent).save(consent);
    }
    this.ctx.access.permit('companionship', [consent.familyId], 'write');
    return consent;
  }

  async assign(input: AssignCompanionInput): Promise<CompanionAssignment> {
    await this.assertCompanionExists(input.companionId);
    const saved = await this.ctx.db.getRepository(CompanionAssignment).save({ ...input, endsOn: null });
    this.ctx.access.permit('companionship', [input.familyId], 'write');
    return this.ctx.db.getRepository(CompanionAssignment).findOneOrFail({ where: { id: saved.id }, relations: { companion: true } });
  }

  private async assertCompanionExists(id: string): Promise<void> {
    if (!(await this.ctx.db.getRepository(Companion).existsBy({ id }))) throw notFound('The companion');
  }
}
