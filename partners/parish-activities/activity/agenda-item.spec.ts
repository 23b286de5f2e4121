import { AgendaStatus } from '@rinnalla/subgraph-kit';
import { agendaItem, PARISH_SOURCE } from './agenda-item';
import type { FamilyActivity } from './family-activity.entity';

const activity = {
  id: '6f1c2b1e-0000-4000-8000-000000000001',
  familyId: '6f1c2b1e-0000-4000-8000-0000000000f1',
  activity: 'Family café',
  startsAt: new Date('2026-11-26T15:30:00Z'),
  endsAt: new Date('2026-11-26T17:00:00Z'),
  status: AgendaStatus.BOOKED,
  placeName: 'Rinnala parish centre',
  placeAddress: 'Rantakatu 5, Rinnala',
  version: 1,
} as FamilyActivity;

describe('a parish activity in the timeline', () => {
  it('is a COMMUNITY_ACTIVITIES item naming the activity and the parish with the belief grant', () => {
    expect(PARISH_SOURCE).toBe('COMMUNITY_ACTIVITIES');
    expect(agendaItem(activity, true)).toMatchObject({
      source: 'COMMUNITY_ACTIVITIES',
      title: 'Parish: Family café',
      location: { name: 'Rinnala parish centre' },
    });
  });

  it('with bookings alone says only that a family activity is booked, when and where to go', () => {
    const item = agendaItem(activity, false);
    expect(item).toMatchObject({
      title: 'Family activity',
      location: { name: 'Activity venue', address: 'Rantakatu 5, Rinnala' },
      status: AgendaStatus.BOOKED,
    });
    expect(JSON.stringify(item)).not.toMatch(/parish|café/i);
  });
});
