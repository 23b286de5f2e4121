import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { AgendaItem } from '../../kit/agenda';
import type { SubgraphContext } from '../../kit/context';
import { forbidden } from '../../kit/errors';
import { helsinkiInstant } from '../../kit/date-time';
import { Companion } from '../companion/companion.entity';
import { CompanionStage } from '../companion/lifecycle';
import { CompanionService } from '../companion/companion.service';
import { Family, PROVIDER_AGENDA_FIELDS } from '../family/family';
import { organisationFamilies, zipAgendas } from '../reminders/followed-families';
import { AppointmentOutcomes, type KeptAndMissedCount } from '../reminders/reminder.types';
import { agendaItemFromRepresentation, appointmentRecord, keptShare, sumRecords, type KeptAndMissed } from '../reminders/timeline';
import { MeetingKind, VolunteerMeeting } from '../training/meeting.entity';
import { MeetingService } from '../training/meeting.service';
import { coordinatorOrganisation } from './organisation';
import { FeedbackSummary, VolunteerOrganisation } from './volunteer-organisation';

type ProviderAgendas = Partial<Record<string, AgendaItem[] | null>>;
type OrganisationWithRequires = VolunteerOrganisation & { followedFamilies?: Array<ProviderAgendas | null> };

/** The providers' parts of one family's timeline, as one list (what `agenda` merges). */
const merged = (family: ProviderAgendas | null) => (family ? { agenda: PROVIDER_AGENDA_FIELDS.flatMap((f) => family[f] ?? []) } : null);

const count = (c: KeptAndMissed): KeptAndMissedCount => ({ ...c, keptShare: keptShare(c) });
const DAY = 86_400_000;

/** Every field first checks that the viewer coordinates this very organisation. */
async function assertOwn(ctx: SubgraphContext, organisation: VolunteerOrganisation): Promise<void> {
  if ((await coordinatorOrganisation(ctx)) !== organisation.name) throw forbidden('You coordinate another organisation.');
}

@Resolver(() => VolunteerOrganisation)
export class VolunteerOrganisationResolver {
  @Query(() => VolunteerOrganisation, { nullable: true, description: "The signed-in volunteer coordinator's organisation; null for other roles." })
  async myVolunteerOrganisation(@Ctx() ctx: SubgraphContext): Promise<VolunteerOrganisation | null> {
    if (!ctx.viewer.hasRole('volunteer-coordinator')) return null;
    return Object.assign(new VolunteerOrganisation(), { name: await coordinatorOrganisation(ctx) });
  }

  @FieldResolver(() => [Companion], { description: "The organisation's companions by name, in one stage or all." })
  async companions(
    @Root() organisation: VolunteerOrganisation,
    @Ctx() ctx: SubgraphContext,
    @Arg('stage', () => CompanionStage, { nullable: true, description: 'Only companions in this stage; all when left out.' }) stage?: CompanionStage | null,
  ): Promise<Companion[]> {
    await assertOwn(ctx, organisation);
    return new CompanionService(ctx).ofOwnOrganisation(stage);
  }

  @FieldResolver(() => [VolunteerMeeting], { description: 'Training sessions and supervision meetings held, newest first (at most 200).' })
  async meetings(
    @Root() organisation: VolunteerOrganisation,
    @Ctx() ctx: SubgraphContext,
    @Arg('kind', () => MeetingKind, { nullable: true, description: 'Only this kind; both when left out.' }) kind?: MeetingKind | null,
  ): Promise<VolunteerMeeting[]> {
    await assertOwn(ctx, organisation);
    return new MeetingService(ctx).ofOrganisation(organisation.name, kind);
  }

  @FieldResolver(() => FeedbackSummary, { description: "Companions' feedback after supervision meetings, in aggregate." })
  async feedbackSummary(@Root() organisation: VolunteerOrganisation, @Ctx() ctx: SubgraphContext): Promise<FeedbackSummary> {
    await assertOwn(ctx, organisation);
    return new MeetingService(ctx).summary(organisation.name) as Promise<FeedbackSummary>;
  }

  @FieldResolver(() => [Family])
  async followedFamilies(@Root() organisation: VolunteerOrganisation, @Ctx() ctx: SubgraphContext): Promise<Family[]> {
    if (!ctx.viewer.hasRole('volunteer-coordinator') || (await coordinatorOrganisation(ctx)) !== organisation.name) return [];
    return (await organisationFamilies(ctx, organisation.name)).map((f) => Object.assign(new Family(), { id: f.familyId }));
  }

  /** Computed from the providers' own booking statuses, the parts each family's `agenda` merges. */
  @FieldResolver(() => AppointmentOutcomes)
  async appointmentOutcomes(@Root() organisation: OrganisationWithRequires, @Ctx() ctx: SubgraphContext): Promise<AppointmentOutcomes> {
    await assertOwn(ctx, organisation);
    const families = zipAgendas(await organisationFamilies(ctx, organisation.name), organisation.followedFamilies?.map(merged));
    const allowed = ctx.access.permit(
      'bookings',
      families.map((f) => f.familyId),
    );
    const now = new Date();
    const records = families
      .filter((f) => allowed.has(f.familyId))
      .map((f) => {
        const companionship = {
          startsAt: helsinkiInstant(f.startsOn, '00:00'),
          endsAt: f.endsOn ? new Date(helsinkiInstant(f.endsOn, '00:00').getTime() + DAY) : null,
        };
        return { f, record: appointmentRecord(f.agenda.map(agendaItemFromRepresentation), companionship, now) };
      });
    const total = sumRecords(records.map((r) => r.record));
    return {
      families: records.map(({ f, record }) => ({
        family: Object.assign(new Family(), { id: f.familyId }),
        companionshipStartsOn: f.startsOn,
        companionshipEndsOn: f.endsOn,
        before: count(record.before),
        during: count(record.during),
      })),
      before: count(total.before),
      during: count(total.during),
    };
  }
}

/** `_entities` for VolunteerOrganisation: the key, plus the agendas the gateway sent for `appointmentOutcomes`. */
export const volunteerOrganisationReference = {
  __resolveReference: (ref: { name: string; followedFamilies?: unknown }) => Object.assign(new VolunteerOrganisation(), ref),
};
