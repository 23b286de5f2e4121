import { Arg, Ctx, Directive, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import { AGENDA_ITEM_SELECTION, AgendaItem } from '../../kit/agenda';
import { rowsByFamily } from '../../kit/family-rows';
import type { SubgraphContext } from '../../kit/context';
import { Companion, CompanionAssignment } from '../companion/companion.entity';
import { EndCompanionAssignmentInput } from '../companion/assignment.input';
import { ChangeCompanionStageInput } from '../companion/companion.input';
import { CompanionService } from '../companion/companion.service';
import { Consent } from '../consent/consent.entity';
import { ConsentService } from '../consent/consent.service';
import { reminderFamilies, zipAgendas } from '../reminders/followed-families';
import { Reminder, ReminderKind } from '../reminders/reminder.types';
import { agendaItemFromRepresentation, remindersFrom } from '../reminders/timeline';
import { MeetingAttendance } from '../training/meeting.entity';
import { MeetingService } from '../training/meeting.service';
import { Family } from './family';

const familyRef = (id: string) => Object.assign(new Family(), { id });

@Resolver(() => Family)
export class VolunteersFamilyResolver {
  @FieldResolver(() => [CompanionAssignment])
  async companionAssignments(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<CompanionAssignment[]> {
    const rows = await rowsByFamily(ctx, CompanionAssignment, { category: 'companionship', relations: ['companion'] }).load(family.id);
    // A companion's grant rests on the family's consent: they see their own companionship, not other companions'.
    const asCompanion = ctx.viewer.basisFor(family.id, 'companionship')?.basis === 'consent';
    return asCompanion ? rows.filter((a) => a.companionId === ctx.viewer.id) : rows;
  }

  @FieldResolver(() => [Consent])
  consents(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<Consent[]> {
    return new ConsentService(ctx).forFamily(family.id);
  }
}

/** What the sent representation of a Companion carries for `reminders`. */
type CompanionWithRequires = Companion & { reminderFamilies?: Array<{ agenda?: AgendaItem[] | null } | null> };

@Resolver(() => Companion)
export class CompanionResolver {
  @Query(() => Companion, { nullable: true, description: 'The signed-in companion, or null for other roles.' })
  myCompanionProfile(@Ctx() ctx: SubgraphContext): Promise<Companion | null> {
    if (!ctx.viewer.hasRole('companion')) return Promise.resolve(null);
    return ctx.db.getRepository(Companion).findOneBy({ id: ctx.viewer.id });
  }

  @FieldResolver(() => [Consent], { description: 'The consents families gave this companion, live or not; empty unless the viewer is this companion.' })
  consents(@Root() companion: Companion, @Ctx() ctx: SubgraphContext): Promise<Consent[]> {
    return new ConsentService(ctx).ofCompanion(companion.id);
  }

  @FieldResolver(() => [MeetingAttendance], {
    description: 'Training sessions and supervision meetings the companion was invited to; for the companion and their coordinator.',
  })
  meetings(@Root() companion: Companion, @Ctx() ctx: SubgraphContext): Promise<MeetingAttendance[]> {
    return new MeetingService(ctx).attendanceOf(companion);
  }

  // Plumbing for `reminders`: the families whose timelines the gateway fetches for it.
  @Directive('@inaccessible')
  @FieldResolver(() => [Family], { description: "The companion's active families with a live consent to bookings, ordered by id." })
  async reminderFamilies(@Root() companion: Companion, @Ctx() ctx: SubgraphContext): Promise<Family[]> {
    return (await reminderFamilies(ctx, companion.id)).map((f) => familyRef(f.familyId));
  }

  /** Derived from each family's federated `agenda`, which the gateway fetched from the providers for this field. */
  @Directive(`@requires(fields: "reminderFamilies { agenda { ${AGENDA_ITEM_SELECTION} } }")`)
  @Directive('@category(name: "bookings")')
  @FieldResolver(() => [Reminder], {
    description:
      "What to remind the families of: missed appointments (NOSHOW) of the last 14 days, then standing bookings of the next 48 hours, across all the companion's families and the providers they consented to. Empty unless the viewer is this companion.",
  })
  async reminders(@Root() companion: CompanionWithRequires, @Ctx() ctx: SubgraphContext): Promise<Reminder[]> {
    const families = zipAgendas(await reminderFamilies(ctx, companion.id), companion.reminderFamilies);
    const allowed = ctx.access.permit(
      'bookings',
      families.map((f) => f.familyId),
    );
    const now = new Date();
    return families
      .filter((f) => allowed.has(f.familyId))
      .flatMap((f) => {
        const { upcoming, missed } = remindersFrom(f.agenda.map(agendaItemFromRepresentation), now);
        const family = familyRef(f.familyId);
        return [
          ...missed.map((item) => ({ kind: ReminderKind.MISSED, family, item })),
          ...upcoming.map((item) => ({ kind: ReminderKind.UPCOMING, family, item })),
        ];
      })
      .sort((a, b) => (a.kind === b.kind ? a.item.startsAt.getTime() - b.item.startsAt.getTime() : a.kind === ReminderKind.MISSED ? -1 : 1));
  }

  @Performs(Action.ChangeCompanionStage)
  @Mutation(() => Companion, {
    description: "A coordinator moves one of the own organisation's companions to another stage; a refused move is a CONFLICT saying why.",
  })
  changeCompanionStage(
    @Arg('input', { description: 'The companion and the new stage.' }) input: ChangeCompanionStageInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Companion> {
    return new CompanionService(ctx).changeStage(input);
  }

  @Performs(Action.EndCompanionAssignment)
  @Mutation(() => CompanionAssignment, {
    description:
      "Ends a companionship, or declines a proposed one, with a reason: the companion, a guardian or the companion's coordinator may. The companion's consents for the family end with it.",
  })
  endCompanionAssignment(
    @Arg('input', { description: 'The assignment and why it ends.' }) input: EndCompanionAssignmentInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CompanionAssignment> {
    return new CompanionService(ctx).end(input);
  }
}

/** `_entities` for Companion: the row, plus the agendas the gateway sent for `reminders`. */
export const companionReference = {
  async __resolveReference(ref: { id: string; reminderFamilies?: unknown }, ctx: SubgraphContext) {
    const companion = await ctx.loaders
      .get<string, Companion | null>('Companion.byId', async (ids) => {
        const rows = await ctx.db.getRepository(Companion).findBy(ids.map((id) => ({ id })));
        return ids.map((id) => rows.find((r) => r.id === id) ?? null);
      })
      .load(ref.id);
    return companion && Object.assign(companion, { reminderFamilies: ref.reminderFamilies });
  },
};
