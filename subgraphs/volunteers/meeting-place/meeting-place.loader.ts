import type { SubgraphContext } from '../../kit/context';
import { rowsById } from '../../kit/family-rows';
import { oneEach } from '../../kit/loaders';
import { MeetingPlace } from './meeting-place.entity';

/** Meeting places by id, one statement per batch: for an activity's place and an agenda item's location. */
export const meetingPlaceById = (ctx: SubgraphContext) =>
  ctx.loaders.get<string, MeetingPlace | null>('MeetingPlace.byId', async (ids) => oneEach(ids, await rowsById(ctx.db, MeetingPlace, ids), (p) => p.id));
