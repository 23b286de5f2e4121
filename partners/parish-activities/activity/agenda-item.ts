import { AgendaSource, type AgendaItem } from '@rinnalla/subgraph-kit';
import type { FamilyActivity } from './family-activity.entity';

/** This partner's value of `AgendaSource`, as registered in subgraphs.yaml: neutral, as the item may reach a companion. */
export const PARISH_SOURCE = AgendaSource.COMMUNITY_ACTIVITIES;

/**
 * One activity as a timeline item. Taking part in a parish's activities can reveal religious belief, so the
 * activity and the place are named only with the `belief` grant; with `bookings` alone the item says that
 * a family activity is booked, when and where to go.
 */
export function agendaItem(a: FamilyActivity, withBelief: boolean): AgendaItem {
  return {
    id: a.id,
    source: PARISH_SOURCE,
    title: withBelief ? `Parish: ${a.activity}` : 'Family activity',
    startsAt: a.startsAt,
    endsAt: a.endsAt,
    status: a.status,
    location: { name: withBelief ? a.placeName : 'Activity venue', address: a.placeAddress },
  };
}
