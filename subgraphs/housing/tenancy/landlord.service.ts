import { IsNull, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
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

  /**
   * The alert joins the family's open housing case or opens it. The database allows one open case per family
   * (a partial unique index), so of concurrent first alerts one opens the case and the others join it.
   */
  report(input: ReportHousingAlertInput): Promise<HousingAlert> {
    if (input.type === HousingAlertType.RENT_ARREARS && !input.arrearsEuros) {
      throw badInput('arrearsEuros is needed for a RENT_ARREARS alert.', 'arrearsEuros');
    }
    const { idempotencyKey, ...report } = input;
    const withCase = (tx: EntityManager, id: string) =>
      tx.getRepository(HousingAlert).findOneOrFail({ where: { id }, relations: { tenancy: true, housingCase: true } });
    const idempotency = { key: idempotencyKey, input, replay: withCase };
    return performWrite(this.ctx, Action.ReportHousingAlert, { idempotency }, async (tx, touch) => {
      const tenancy = await tx.getRepository(Tenancy).findOneBy({ id: input.tenancyId, landlordId: this.ctx.viewer.id });
      if (!tenancy) throw notFound('The tenancy');
      const housingCase = await openCaseOf(tx, tenancy.familyId, input.type);
      const alerts = tx.getRepository(HousingAlert);
      const alert = await alerts.save(
        alerts.create({
          ...report,
          arrearsEuros: input.arrearsEuros ?? null,
          familyId: tenancy.familyId,
          reportedBy: this.ctx.viewer.id,
          reportedAt: new Date(),
          caseId: housingCase.id,
          tenancy,
          housingCase,
        }),
      );
      touch(alert.familyId, alert.id);
      return alert;
    });
  }

  static caseStatus(alert: HousingAlert): CaseStatus {
    return alert.housingCase.outcome ? 'CLOSED' : 'OPEN';
  }
}

/**
 * The family's open case, opened now if there is none. `ON CONFLICT DO NOTHING` on the one-open-case index
 * (instead of a unique violation, 23505, which would abort the transaction) waits for a concurrent opener
 * to commit; the case it opened is then read back.
 */
async function openCaseOf(tx: EntityManager, familyId: string, alertType: HousingAlertType): Promise<HousingCase> {
  const cases = tx.getRepository(HousingCase);
  const open = await cases.findOneBy({ familyId, outcome: IsNull() });
  if (open) return open;
  const opened: Array<{ id: string }> = await tx.query(
    `INSERT INTO housing_case ("familyId", "alertType", "openedOn", "outcome", "version") VALUES ($1, $2, $3, NULL, 1)
     ON CONFLICT ("familyId") WHERE "outcome" IS NULL DO NOTHING RETURNING id`,
    [familyId, alertType, helsinkiToday()],
  );
  return cases.findOneByOrFail(opened[0] ? { id: opened[0].id } : { familyId, outcome: IsNull() });
}
