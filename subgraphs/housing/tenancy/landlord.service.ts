import { IsNull, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { badInput, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { HousingCase, type HousingAlertType } from '../housing-case/housing-case.entity';
import { firstContactDueOn } from '../housing-case/housing-case.rules';
import { leastLoadedCounsellor } from '../housing-case/housing-case.service';
import { housingConfig } from '../housing-config';
import { alertProblem } from './alert-rules';
import { HousingAlert } from './housing-alert.entity';
import type { ReportHousingAlertInput } from './report-alert.input';
import { Tenancy } from './tenancy.entity';

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
    const problem = alertProblem(input, helsinkiToday());
    if (problem) throw badInput(problem[1], problem[0]);
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
          arrearsCents: input.arrearsCents ?? null,
          monthsInArrears: input.monthsInArrears ?? null,
          warningGivenOn: input.warningGivenOn ?? null,
          disturbanceKind: input.disturbanceKind ?? null,
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
 * The family's open case, opened now if there is none, assigned to the municipality's least-loaded housing counsellor,
 * with the first contact due in the configured working days. `ON CONFLICT DO NOTHING` on the one-open-case index
 * (instead of a unique violation, 23505, which would abort the transaction) waits for a concurrent opener
 * to commit; the case it opened is then read back.
 */
async function openCaseOf(tx: EntityManager, familyId: string, alertType: HousingAlertType): Promise<HousingCase> {
  const cases = tx.getRepository(HousingCase);
  const open = await cases.findOneBy({ familyId, outcome: IsNull() });
  if (open) return open;
  const { municipality, firstContactWorkingDays } = housingConfig();
  const today = helsinkiToday();
  const opened: Array<{ id: string }> = await tx.query(
    `INSERT INTO housing_case ("familyId", "municipality", "kind", "alertType", "openedOn", "counsellorId", "firstContactDueOn", "outcome", "version")
     VALUES ($1, $2, 'EVICTION_PREVENTION', $3, $4, $5, $6, NULL, 1)
     ON CONFLICT ("familyId") WHERE "outcome" IS NULL DO NOTHING RETURNING id`,
    [familyId, municipality, alertType, today, await leastLoadedCounsellor(tx, municipality), firstContactDueOn(today, firstContactWorkingDays)],
  );
  return cases.findOneByOrFail(opened[0] ? { id: opened[0].id } : { familyId, outcome: IsNull() });
}
