import type { SubgraphContext } from '../../kit/context';
import { parseIsoDate } from '../../kit/date-time';
import { badInput, forbidden } from '../../kit/errors';
import type { HousingProblem } from '../housing-case/housing-case.entity';
import type { HousingOutcomeReport } from './housing-outcome-report';
import { outcomeShares } from './outcome-shares';

// Clients: each family once, by its latest case opened in the period; its outcome as of the period's last day.
const CLIENTS = `
  WITH clients AS (
    SELECT DISTINCT ON ("familyId") id,
           CASE WHEN outcome IS NOT NULL AND "closedOn" <= $3 THEN outcome ELSE NULL END AS outcome
      FROM housing_case
     WHERE municipality = $1 AND "openedOn" BETWEEN $2 AND $3
     ORDER BY "familyId", "openedOn" DESC, id
  )`;

/**
 * The outcome report, in three SQL statements over indexed columns (housing_case by municipality and opening day,
 * eviction by municipality and day). Only counts leave, and only to a viewer whose municipal role already reads every
 * housing case of the municipality: no family is identified and nothing is learnt that the viewer could not read
 * case by case (where each read is logged), so the aggregate is not logged per family.
 */
export class HousingOutcomesService {
  constructor(private readonly ctx: SubgraphContext) {}

  async report(municipality: string, from: string, to: string): Promise<HousingOutcomeReport> {
    if (this.ctx.viewer.basisFor('*', 'housing')?.basis !== 'municipal-role') throw forbidden('The outcome report needs a municipal housing grant.');
    parseIsoDate(from);
    parseIsoDate(to);
    if (to < from) throw badInput('to cannot be before from.', 'to');
    if (!municipality.trim() || municipality.length > 80) throw badInput('municipality must be 1 to 80 characters.', 'municipality');
    const params = [municipality, from, to];
    const db = this.ctx.db;
    const [totals]: Array<{ clients: number; kept: number; lost: number; unresolved: number; openAtEnd: number }> = await db.query(
      `${CLIENTS}
       SELECT count(*)::int AS clients,
              count(*) FILTER (WHERE outcome = 'KEPT')::int AS kept,
              count(*) FILTER (WHERE outcome = 'LOST')::int AS lost,
              count(*) FILTER (WHERE outcome IS NULL OR outcome = 'UNRESOLVED')::int AS unresolved,
              count(*) FILTER (WHERE outcome IS NULL)::int AS "openAtEnd"
         FROM clients`,
      params,
    );
    const problems: Array<{ problem: HousingProblem; clients: number }> = await db.query(
      `${CLIENTS}
       SELECT p AS problem, count(*)::int AS clients
         FROM clients c JOIN housing_case hc ON hc.id = c.id, unnest(hc."problemCategories") AS p
        GROUP BY p ORDER BY clients DESC, p`,
      params,
    );
    const evictions: Array<{ year: number; rentArrears: number; disturbance: number }> = await db.query(
      `SELECT extract(year FROM "evictedOn")::int AS year,
              count(*) FILTER (WHERE type = 'RENT_ARREARS')::int AS "rentArrears",
              count(*) FILTER (WHERE type = 'DISTURBANCE')::int AS disturbance
         FROM eviction WHERE municipality = $1 AND "evictedOn" BETWEEN $2 AND $3
        GROUP BY 1 ORDER BY 1`,
      params,
    );
    const shares = outcomeShares(totals);
    return {
      municipality,
      from,
      to,
      ...totals,
      keptPercent: shares.kept,
      lostPercent: shares.lost,
      unresolvedPercent: shares.unresolved,
      problems,
      evictionsByYear: evictions,
    };
  }
}
