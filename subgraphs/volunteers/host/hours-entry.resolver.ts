import { Arg, Authorized, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Action, Performs } from '../../kit/actions';
import { oneEach } from '../../kit/loaders';
import type { SubgraphContext } from '../../kit/context';
import { Family } from '../family/family';
import { SocialHost } from './host-group.entity';
import { HoursEntryStatus } from './host-enums';
import { HostMonth } from './host-month';
import { allHostMonths, entriesOfMonth, hostMonth } from './host-month.service';
import { DecideHoursEntryInput, LogHoursInput } from './host.input';
import { HostService } from './host.service';
import { HoursEntry } from './hours-entry.entity';

@Resolver(() => HoursEntry)
export class HoursEntryResolver {
  @Performs(Action.LogHours)
  @Mutation(() => HoursEntry, {
    description:
      "A social host logs help given to families of the own groups. Past the month's agreed hours the entry is PENDING_APPROVAL; read `hostMonth` for the quota warning.",
  })
  logHours(
    @Arg('input', { description: 'When, how long, what kind of help and for which families.' }) input: LogHoursInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HoursEntry> {
    return new HostService(ctx).logHours(input);
  }

  @Performs(Action.DecideHoursEntry)
  @Mutation(() => HoursEntry, { description: 'A family worker approves or rejects hours logged past the agreed monthly quota.' })
  decideHoursEntry(
    @Arg('input', { description: 'The entry and the decision.' }) input: DecideHoursEntryInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HoursEntry> {
    return new HostService(ctx).decide(input);
  }

  @Authorized('family-worker')
  @Query(() => [HoursEntry], { description: 'Hours logged past a quota that wait for a family worker, oldest first.' })
  pendingHoursEntries(@Ctx() ctx: SubgraphContext): Promise<HoursEntry[]> {
    return ctx.db.getRepository(HoursEntry).find({ where: { status: HoursEntryStatus.PENDING_APPROVAL }, order: { createdAt: 'ASC' }, take: 500 });
  }

  @Directive('@category(name: "hosting")')
  @FieldResolver(() => [Family], { description: 'The families helped; only those the viewer may see (a host: the own groups).' })
  families(@Root() entry: HoursEntry, @Ctx() ctx: SubgraphContext): Family[] {
    return [...ctx.access.permit('hosting', entry.familyIds)].map((id) => Object.assign(new Family(), { id }));
  }
}

@Resolver(() => HostMonth)
export class HostMonthResolver {
  @Authorized('social-host', 'family-worker')
  @Query(() => HostMonth, { description: "A social host's month: hours against the agreed quota and the goals due. A host reads only the own months." })
  hostMonth(
    @Arg('hostId', () => ID, { description: 'The host (a `SocialHost` id); a host passes the own id.' }) hostId: string,
    @Arg('month', { description: 'The month, YYYY-MM.' }) month: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HostMonth> {
    return hostMonth(ctx, { hostId, month });
  }

  @Authorized('family-worker')
  @Query(() => [HostMonth], { description: "Every social host's month, for a family worker: `quotaState` warns of hosts near or past the agreed hours." })
  hostMonths(@Arg('month', { description: 'The month, YYYY-MM.' }) month: string, @Ctx() ctx: SubgraphContext): Promise<HostMonth[]> {
    return allHostMonths(ctx, month);
  }

  @FieldResolver(() => SocialHost, { description: 'The host.' })
  host(@Root() month: HostMonth, @Ctx() ctx: SubgraphContext): Promise<SocialHost | null> {
    return ctx.loaders
      .get<string, SocialHost | null>('SocialHost.byId', async (ids) =>
        oneEach(ids, await ctx.db.getRepository(SocialHost).findBy({ id: In([...ids]) }), (h) => h.id),
      )
      .load(month.hostId);
  }

  @FieldResolver(() => [HoursEntry], { description: "The month's entries, by start time." })
  entries(@Root() month: HostMonth, @Ctx() ctx: SubgraphContext): Promise<HoursEntry[]> {
    return entriesOfMonth(ctx, month);
  }
}

/** Resolves a month for another subgraph, with the same rule as the query. */
export const hostMonthReference = {
  __resolveReference: (ref: { hostId: string; month: string }, ctx: SubgraphContext) => hostMonth(ctx, ref),
};
