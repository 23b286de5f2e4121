import { Between, In } from 'typeorm';
import type { SubgraphContext } from '../../kit/context';
import { badInput, forbidden, notFound } from '../../kit/errors';
import { manyEach } from '../../kit/loaders';
import { SocialHost } from './host-group.entity';
import { HostGoalStatus, HoursEntryStatus } from './host-enums';
import { HostMonth } from './host-month';
import { HoursEntry } from './hours-entry.entity';
import { monthDays, quotaState } from './quota';

export interface HostMonthKey {
  hostId: string;
  month: string;
}

export function assertMonth(month: string, field = 'month'): { first: string; last: string } {
  const days = monthDays(month);
  if (!days) throw badInput(`${field} must be a month as YYYY-MM, e.g. 2026-11.`, field);
  return days;
}

/** A host reads the own months; a family worker reads every host's (hours and goal statuses carry no family detail). */
export function assertMayReadHostMonth(ctx: SubgraphContext, hostId: string): void {
  if (ctx.viewer.hasRole('family-worker')) return;
  if (ctx.viewer.hasRole('social-host') && ctx.viewer.id === hostId) return;
  throw forbidden("Only the host and family workers see a host's hours.");
}

/** Per request: a host's month from three statements per month asked, whatever the number of hosts. */
export function hostMonthLoader(ctx: SubgraphContext) {
  return ctx.loaders.get<string, HostMonth | null>('HostMonth.byKey', async (keys) => {
    const found = new Map<string, HostMonth>();
    for (const [month, hostIds] of hostsByMonth(keys)) {
      const { first, last } = monthDays(month)!;
      const hosts = await ctx.db.getRepository(SocialHost).findBy({ id: In(hostIds) });
      const minutes: Array<{ hostId: string; status: HoursEntryStatus; minutes: string }> = await ctx.db.query(
        `SELECT "hostId", status, SUM(minutes)::text AS minutes FROM hours_entry WHERE "hostId" = ANY($1::uuid[]) AND date BETWEEN $2 AND $3 GROUP BY "hostId", status`,
        [hostIds, first, last],
      );
      const goals: Array<{ hostId: string; status: HostGoalStatus }> = await ctx.db.query(
        `SELECT "hostId", status FROM host_goal WHERE "hostId" = ANY($1::uuid[]) AND "dueOn" BETWEEN $2 AND $3 ORDER BY "dueOn", id`,
        [hostIds, first, last],
      );
      for (const host of hosts) {
        const sum = (status: HoursEntryStatus) => minutes.filter((m) => m.hostId === host.id && m.status === status).reduce((s, m) => s + Number(m.minutes), 0);
        const approvedMinutes = sum(HoursEntryStatus.APPROVED);
        const pendingMinutes = sum(HoursEntryStatus.PENDING_APPROVAL);
        found.set(`${host.id}|${month}`, {
          hostId: host.id,
          month,
          quotaMinutes: host.monthlyQuotaMinutes,
          approvedMinutes,
          pendingMinutes,
          quotaState: quotaState(approvedMinutes + pendingMinutes, host.monthlyQuotaMinutes),
          goalStatuses: goals.filter((g) => g.hostId === host.id).map((g) => g.status),
        });
      }
    }
    return keys.map((k) => found.get(k) ?? null);
  });
}

export async function hostMonth(ctx: SubgraphContext, key: HostMonthKey): Promise<HostMonth> {
  assertMonth(key.month);
  assertMayReadHostMonth(ctx, key.hostId);
  const month = await hostMonthLoader(ctx).load(`${key.hostId}|${key.month}`);
  if (!month) throw notFound('The social host');
  return month;
}

export async function allHostMonths(ctx: SubgraphContext, month: string): Promise<HostMonth[]> {
  assertMonth(month);
  if (!ctx.viewer.hasRole('family-worker')) throw forbidden('This needs the role family-worker.');
  const hosts = await ctx.db.getRepository(SocialHost).find({ select: { id: true }, order: { lastName: 'ASC', firstName: 'ASC' } });
  const months = await hostMonthLoader(ctx).loadMany(hosts.map((h) => `${h.id}|${month}`));
  return months.filter((m): m is HostMonth => m !== null && !(m instanceof Error));
}

/** A month's hours entries by start time, through a per-request loader: one statement per month asked, whatever the number of hosts. */
export function entriesOfMonth(ctx: SubgraphContext, month: HostMonth): Promise<HoursEntry[]> {
  return ctx.loaders
    .get<string, HoursEntry[]>('HoursEntry.byHostMonth', async (keys) => {
      const entries: HoursEntry[] = [];
      for (const [month, hostIds] of hostsByMonth(keys)) {
        const { first, last } = monthDays(month)!;
        entries.push(
          ...(await ctx.db.getRepository(HoursEntry).find({ where: { hostId: In(hostIds), date: Between(first, last) }, order: { startsAt: 'ASC' } })),
        );
      }
      return manyEach(keys, entries, (e) => `${e.hostId}|${e.date.slice(0, 7)}`);
    })
    .load(`${month.hostId}|${month.month}`);
}

/** `hostId|month` keys grouped by month. */
function hostsByMonth(keys: readonly string[]): Map<string, string[]> {
  const byMonth = new Map<string, string[]>();
  for (const key of keys) {
    const [hostId, month] = key.split('|');
    byMonth.set(month, [...(byMonth.get(month) ?? []), hostId]);
  }
  return byMonth;
}
