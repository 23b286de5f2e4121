import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, AgendaSource, AgendaStatus } from '../../kit/agenda';
import { rowsByFamily, rowsByFamilyTogether } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiInstant } from '../../kit/date-time';
import { DiscussionTime } from '../discussion-time/discussion-time.entity';
import { Absence, AttendanceReservation } from '../reservation/attendance-reservation.entity';
import { Placement } from '../unit/daycare-unit.entity';
import { Family } from './family';

const reservations = (ctx: SubgraphContext, id: string) => rowsByFamily(ctx, AttendanceReservation, { relations: ['unit'], window: 'date' }).load(id);
const absences = (ctx: SubgraphContext, id: string) => rowsByFamily(ctx, Absence, { window: 'date' }).load(id);
const discussionTimes = (ctx: SubgraphContext, id: string) => rowsByFamily(ctx, DiscussionTime, { relations: ['unit'], window: 'startsAt' }).load(id);

// The agenda reads only these columns (every column costs on every row), all three in one statement.
const agendaRows = (ctx: SubgraphContext, id: string) =>
  rowsByFamilyTogether(ctx, 'DaycareAgenda', [
    {
      entity: AttendanceReservation,
      relations: ['unit'],
      window: 'date',
      only: ['id', 'childId', 'date', 'startTime', 'endTime', 'unit.name', 'unit.address'],
    },
    { entity: Absence, window: 'date', only: ['childId', 'date'] },
    { entity: DiscussionTime, relations: ['unit'], window: 'startsAt', only: ['id', 'startsAt', 'endsAt', 'status', 'topic', 'unit.name', 'unit.address'] },
  ] as const).load(id);

@Resolver(() => Family)
export class DaycareFamilyResolver {
  /** Each reserved day is a booking; a reported absence that day cancels it. */
  @FieldResolver(() => [AgendaItem], { nullable: true })
  async daycareAgenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    const [days, away, discussions] = await agendaRows(ctx, family.id);
    const absent = new Set(away.map((a) => `${a.childId}|${a.date}`));
    // The topic is a note; with `bookings` alone the title says only that a discussion is booked.
    const withTopic = discussions.length > 0 && ctx.access.permit('notes', [family.id]).has(family.id);
    const fromReservations = days.map((r) => ({
      id: r.id,
      source: AgendaSource.DAYCARE,
      title: `Daycare ${r.startTime}–${r.endTime}`,
      startsAt: helsinkiInstant(r.date, r.startTime),
      endsAt: helsinkiInstant(r.date, r.endTime),
      status: absent.has(`${r.childId}|${r.date}`) ? AgendaStatus.CANCELLED : AgendaStatus.BOOKED,
      location: { name: r.unit.name, address: r.unit.address },
    }));
    const fromDiscussions = discussions.map((d) => ({
      id: d.id,
      source: AgendaSource.DAYCARE,
      title: withTopic ? `Daycare discussion: ${d.topic}` : 'Daycare discussion',
      startsAt: d.startsAt,
      endsAt: d.endsAt,
      status: d.status,
      location: { name: d.unit.name, address: d.unit.address },
    }));
    return [...fromReservations, ...fromDiscussions];
  }

  @FieldResolver(() => [Placement])
  daycarePlacements(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<Placement[]> {
    return rowsByFamily(ctx, Placement, { relations: ['unit'] }).load(family.id);
  }

  @FieldResolver(() => [AttendanceReservation])
  attendanceReservations(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AttendanceReservation[]> {
    return reservations(ctx, family.id);
  }

  @FieldResolver(() => [Absence])
  daycareAbsences(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<Absence[]> {
    return absences(ctx, family.id);
  }

  @FieldResolver(() => [DiscussionTime])
  discussionTimes(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<DiscussionTime[]> {
    return discussionTimes(ctx, family.id);
  }
}
