import type { EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday } from '../../kit/date-time';
import { badInput, codedError, conflict, forbidden, notFound } from '../../kit/errors';
import { HostGroup, HostGroupMember, SocialHost } from './host-group.entity';
import { HostGoal } from './host-goal.entity';
import { HostGoalStatus, HoursEntryStatus } from './host-enums';
import type { DecideHoursEntryInput, LogHoursInput, ReferFamilyToHostGroupInput, SetHostGoalInput, SetHostGoalStatusInput } from './host.input';
import { HoursEntry } from './hours-entry.entity';
import { monthDays, needsApproval } from './quota';
import { schedulingProblem, workingMinutesByDay } from './schedule-rule';

const addYear = (date: string) => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;

/** Social hosts' groups, hours and goals: every write authorises by its action, then stores and logs in one transaction. */
export class HostService {
  constructor(private readonly ctx: SubgraphContext) {}

  refer(input: ReferFamilyToHostGroupInput): Promise<HostGroup> {
    const { idempotencyKey: _key, ...member } = input;
    const withMembers = (tx: EntityManager, id: string) =>
      tx.getRepository(HostGroup).findOneOrFail({ where: { id }, relations: { host: true, members: true } });
    const idempotency = { key: input.idempotencyKey, input, replay: withMembers };
    return performWrite(this.ctx, Action.ReferFamilyToHostGroup, { families: [input.familyId], idempotency }, async (tx) => {
      if (!(await tx.getRepository(HostGroup).existsBy({ id: input.groupId }))) throw notFound('The host group');
      if (await tx.getRepository(HostGroupMember).existsBy(member)) throw conflict('The family is already in this group.');
      await tx.getRepository(HostGroupMember).insert({ ...member, referredOn: helsinkiToday() });
      return withMembers(tx, input.groupId);
    });
  }

  /**
   * Logs a host's help. Entries are serialised per host (a row lock) so the month's total, and so the quota
   * check, cannot be raced: an entry that takes the month past the agreed hours waits for approval.
   */
  logHours(input: LogHoursInput): Promise<HoursEntry> {
    const { idempotencyKey: _key, ...entry } = input;
    const endsAt = new Date(input.startsAt.getTime() + input.minutes * 60_000);
    const date = helsinkiToday(input.startsAt);
    if (date > helsinkiToday()) throw badInput('Hours are logged for help already given: startsAt cannot be in the future.', 'startsAt');
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HoursEntry).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.LogHours, { families: input.familyIds, idempotency }, async (tx) => {
      const host = await tx.getRepository(SocialHost).findOne({ where: { id: this.ctx.viewer.id }, lock: { mode: 'pessimistic_write' } });
      if (!host) throw forbidden('Only a registered social host logs hours.');
      await assertOwnFamilies(tx, host.id, input.familyIds);
      const { first, last } = monthDays(date.slice(0, 7))!;
      const sameMonth = await tx
        .getRepository(HoursEntry)
        .createQueryBuilder('e')
        .where('e."hostId" = :hostId AND e.date BETWEEN :first AND :last AND e.status <> :rejected', {
          hostId: host.id,
          first,
          last,
          rejected: HoursEntryStatus.REJECTED,
        })
        .getMany();
      const already = new Map<string, number>();
      for (const e of sameMonth) {
        for (const [day, minutes] of workingMinutesByDay(e.startsAt, new Date(e.startsAt.getTime() + e.minutes * 60_000))) {
          already.set(day, (already.get(day) ?? 0) + minutes);
        }
      }
      const problem = schedulingProblem(host.employment, input.startsAt, endsAt, already);
      if (problem) throw codedError('BAD_USER_INPUT', problem.message, { field: 'startsAt', rule: problem.rule });
      const logged = sameMonth.reduce((sum, e) => sum + e.minutes, 0);
      const status = needsApproval(logged, input.minutes, host.monthlyQuotaMinutes) ? HoursEntryStatus.PENDING_APPROVAL : HoursEntryStatus.APPROVED;
      return tx.getRepository(HoursEntry).save({ ...entry, hostId: host.id, date, status, decidedBy: null, decidedAt: null });
    });
  }

  /** A family worker approves or rejects hours past the quota; a decided entry stays decided. */
  async decide(input: DecideHoursEntryInput): Promise<HoursEntry> {
    const found = await this.ctx.db.getRepository(HoursEntry).findOneBy({ id: input.entryId });
    if (!found) throw notFound('The hours entry');
    return performWrite(this.ctx, Action.DecideHoursEntry, { families: found.familyIds }, async (tx) => {
      const entry = await tx.getRepository(HoursEntry).findOneOrFail({ where: { id: input.entryId }, lock: { mode: 'pessimistic_write' } });
      if (entry.status !== HoursEntryStatus.PENDING_APPROVAL) throw conflict(`The entry is ${entry.status}, not waiting for approval.`);
      entry.status = input.approve ? HoursEntryStatus.APPROVED : HoursEntryStatus.REJECTED;
      entry.decidedBy = this.ctx.viewer.id;
      entry.decidedAt = new Date();
      return tx.getRepository(HoursEntry).save(entry);
    });
  }

  setGoal(input: SetHostGoalInput): Promise<HostGoal> {
    const today = helsinkiToday();
    if (input.dueOn < today || input.dueOn > addYear(today)) throw badInput('dueOn must be between today and one year ahead.', 'dueOn');
    const { idempotencyKey: _key, ...goal } = input;
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HostGoal).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.SetHostGoal, { families: [input.familyId], idempotency }, async (tx) => {
      const group = await tx.getRepository(HostGroup).findOneBy({ id: input.groupId });
      if (!group) throw notFound('The host group');
      if (!(await tx.getRepository(HostGroupMember).existsBy({ groupId: group.id, familyId: input.familyId }))) {
        throw badInput('The family is not in this host group: refer it first.', 'familyId');
      }
      return tx.getRepository(HostGoal).save({ ...goal, hostId: group.hostId, setOn: today, status: HostGoalStatus.IN_PROGRESS });
    });
  }

  async setGoalStatus(input: SetHostGoalStatusInput): Promise<HostGoal> {
    const found = await this.ctx.db.getRepository(HostGoal).findOneBy({ id: input.goalId });
    if (!found) throw notFound('The goal');
    return performWrite(this.ctx, Action.SetHostGoalStatus, { families: [found.familyId] }, async (tx) => {
      const goal = await tx.getRepository(HostGoal).findOneOrFail({ where: { id: input.goalId }, lock: { mode: 'pessimistic_write' } });
      if (goal.version !== input.version) throw conflict('The goal was changed by someone else since you read it. Reload it and try again.');
      goal.status = input.status;
      return tx.getRepository(HostGoal).save(goal);
    });
  }
}

/** The passport says the host was referred the families; the group membership, read in the write's transaction, says it still holds. */
async function assertOwnFamilies(tx: EntityManager, hostId: string, familyIds: string[]): Promise<void> {
  const rows: Array<{ familyId: string }> = await tx
    .getRepository(HostGroupMember)
    .createQueryBuilder('m')
    .innerJoin(HostGroup, 'g', 'g.id = m."groupId"')
    .select('m."familyId"', 'familyId')
    .where('g."hostId" = :hostId AND m."familyId" IN (:...familyIds)', { hostId, familyIds })
    .getRawMany();
  const own = new Set(rows.map((r) => r.familyId));
  if (familyIds.some((id) => !own.has(id))) throw forbidden('Hours are logged only for families of your own groups.');
}
