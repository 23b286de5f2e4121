import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { AgendaItem, AgendaSource, AgendaStatus, agendaWindow } from '../../kit/agenda';
import type { SubgraphContext } from '../../kit/context';
import { rowsByFamily } from '../../kit/family-rows';
import { Family } from '../family/family';
import { meetingPlaceById } from '../meeting-place/meeting-place.loader';
import { ActivitySignUp } from './activity.entity';

const statusOf = (attended: boolean | null): AgendaStatus =>
  attended === true ? AgendaStatus.FULFILLED : attended === false ? AgendaStatus.NOSHOW : AgendaStatus.BOOKED;

/** The activities a family signed up to, as volunteers' source of `Family.agenda` (registered in subgraphs.yaml as ACTIVITIES). */
@Resolver(() => Family)
export class ActivityAgendaResolver {
  @Directive('@category(name: "bookings")')
  // Plumbing for `agenda` in families: hidden from the public API, still served to the gateway for `@requires`.
  @Directive('@inaccessible')
  @FieldResolver(() => [AgendaItem], { nullable: true, description: "Volunteers' part of `agenda`: activities the family signed up to." })
  async volunteersAgenda(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<AgendaItem[]> {
    const { from, to } = agendaWindow();
    const signUps = (await rowsByFamily(ctx, ActivitySignUp, { relations: ['activity'] }).load(family.id)).filter(
      (s) => s.activity.startsAt >= from && s.activity.startsAt <= to,
    );
    const places = meetingPlaceById(ctx);
    return Promise.all(
      signUps
        .sort((a, b) => a.activity.startsAt.getTime() - b.activity.startsAt.getTime())
        .map(async (s) => {
          const place = s.activity.meetingPlaceId ? await places.load(s.activity.meetingPlaceId) : null;
          return {
            id: s.id,
            source: AgendaSource.ACTIVITIES,
            title: s.activity.title,
            startsAt: s.activity.startsAt,
            endsAt: s.activity.endsAt,
            status: statusOf(s.attended),
            location: place ? { name: place.name, address: place.address } : { name: s.activity.meetingPoint ?? 'To be announced' },
          };
        }),
    );
  }
}
