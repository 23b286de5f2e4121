import { IsNull } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { badInput, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { HousingAlertType, HousingCase } from '../housing-case/housing-case.entity';
import type { ReportHousingAlertInput } from './report-alert.input';
import { HousingAlert, Tenancy } from './tenancy.entity';

export type CaseStatus = 'OPEN' | 'CLOSED';

/**
 * A landlord's view: its own tenancies and alerts, and each alert's case status; nothing else
 * of the family. Every read of a tenancy or an alert is logged as a disclosure to the partner.
 */
export class LandlordService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** A tenancy shows the family's home: each read is a disclosure to the landlord, on the tenancy itself. */
  async tenancies(): Promise<Tenancy[]> {
    const tenancies = await this.ctx.db.getRepository(Tenancy).find({ where: { landlordId: this.ctx.viewer.id }, order: { address: 'ASC' } });
    for (const t of tenancies) this.ctx.access.record(t.familyId, 'housing', 'disclose', 'tenancy', t.id);
    return tenancies;
  }

  async alerts(): Promise<HousingAlert[]> {
    const alerts = await this.ctx.db.getRepository(HousingAlert).find({
      where: { reportedBy: this.ctx.viewer.id },
      relations: { tenancy: true, housingCase: true },
      order: { reportedAt: 'DESC' },
      take: 500,
    });
    for (const a of alerts) this.ctx.access.record(a.familyId, 'housing', 'disclose', 'own-report', a.id);
    return alerts;
  }

  /** The alert opens a housing case at once, or joins the tenancy's case that is still open. */
  async report(input: ReportHousingAlertInput): Promise<HousingAlert> {
    if (input.type === HousingAlertType.RENT_ARREARS && !input.arrearsEuros) {
      throw badInput('arrearsEuros is needed for a RENT_ARREARS alert.', 'arrearsEuros');
    }
    const alert = await this.ctx.db.transaction(async (tx) => {
      const tenancy = await tx.getRepository(Tenancy).findOneBy({ id: input.tenancyId, landlordId: this.ctx.viewer.id });
      if (!tenancy) throw notFound('The tenancy');
      const cases = tx.getRepository(HousingCase);
      const open = await cases.findOne({ where: { familyId: tenancy.familyId, outcome: IsNull() }, order: { openedOn: 'DESC' } });
      const housingCase = open ?? (await cases.save(cases.create({ familyId: tenancy.familyId, alertType: input.type, openedOn: helsinkiToday(), outcome: null })));
      const alerts = tx.getRepository(HousingAlert);
      return alerts.save(alerts.create({ ...input, arrearsEuros: input.arrearsEuros ?? null, familyId: tenancy.familyId, reportedBy: this.ctx.viewer.id, reportedAt: new Date(), caseId: housingCase.id, tenancy, housingCase }));
    });
    this.ctx.access.record(alert.familyId, 'housing', 'write', 'own-report', alert.id);
    return alert;
  }

  static caseStatus(alert: HousingAlert): CaseStatus {
    return alert.housingCase.outcome ? 'CLOSED' : 'OPEN';
  }
}
