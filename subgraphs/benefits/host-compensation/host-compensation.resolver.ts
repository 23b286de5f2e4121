import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { In, IsNull, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { badInput, forbidden } from '../../kit/errors';
import { oneEach } from '../../kit/loaders';
import { computeHostCompensation } from './compensation-rule';
import { HostCompensation, HostMonth } from './host-compensation';
import { HostCompensationAgreement, HostCompensationRule } from './host-compensation.entity';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const lastDay = (month: string) =>
  `${month}-${String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;

@Resolver(() => HostMonth)
export class HostCompensationResolver {
  /**
   * Computed from volunteers' fields through the graph (`@requires`): benefits never reads volunteers' tables.
   * The host reads the own compensation; a family worker any host's.
   */
  @Directive('@requires(fields: "approvedMinutes quotaMinutes goalStatuses")')
  @FieldResolver(() => HostCompensation, {
    nullable: true,
    description:
      "The month's compensation with its line items; null when no compensation was agreed with the host for the month. For the host and family workers.",
  })
  async compensation(@Root() month: HostMonth, @Ctx() ctx: SubgraphContext): Promise<HostCompensation | null> {
    if (!ctx.viewer.hasRole('family-worker') && !(ctx.viewer.hasRole('social-host') && ctx.viewer.id === month.hostId)) {
      throw forbidden("Only the host and family workers see a host's compensation.");
    }
    if (!MONTH.test(month.month)) throw badInput('month must be a month as YYYY-MM, e.g. 2026-11.', 'month');
    const first = `${month.month}-01`;
    const agreement = await ctx.loaders
      .get<string, HostCompensationAgreement | null>(`HostCompensationAgreement.byHost.${month.month}`, async (hostIds) => {
        const rows = await ctx.db.getRepository(HostCompensationAgreement).find({
          where: [
            { hostId: In([...hostIds]), startsOn: LessThanOrEqual(lastDay(month.month)), endsOn: IsNull() },
            { hostId: In([...hostIds]), startsOn: LessThanOrEqual(lastDay(month.month)), endsOn: MoreThanOrEqual(first) },
          ],
          order: { startsOn: 'ASC' }, // the latest agreement in force during the month wins
        });
        return oneEach(hostIds, rows, (r) => r.hostId);
      })
      .load(month.hostId);
    if (!agreement) return null;
    const rule = await ctx.loaders
      .get<string, HostCompensationRule | null>('HostCompensationRule.byMunicipality', async (names) =>
        oneEach(names, await ctx.db.getRepository(HostCompensationRule).findBy({ municipality: In([...names]) }), (r) => r.municipality),
      )
      .load(agreement.municipality);
    if (!rule) throw new Error(`no host compensation rule for ${agreement.municipality}`);
    const result = computeHostCompensation(rule, agreement, month);
    return { hostId: month.hostId, month: month.month, form: agreement.form, ...result };
  }
}

/** Volunteers' representation carries the required fields: nothing to read here. */
export const hostMonthReference = {
  __resolveReference: (ref: HostMonth) => Object.assign(new HostMonth(), ref),
};
