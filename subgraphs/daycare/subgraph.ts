import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import type { SubgraphDefinition } from '../kit/server';
import { DiscussionTime } from './discussion-time/discussion-time.entity';
import { DiscussionTimeResolver } from './discussion-time/discussion-time.resolver';
import { DaycareFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { AbsenceResolver } from './reservation/absence.resolver';
import { Absence, AttendanceReservation } from './reservation/attendance-reservation.entity';
import { seedDaycare } from './seed';
import { DaycareUnit, Placement } from './unit/daycare-unit.entity';

/** A partner's system in production (eVaka): placements, reservations, absences and discussion times. */
export const daycare: SubgraphDefinition = {
  name: 'daycare',
  entities: [DaycareUnit, Placement, AttendanceReservation, Absence, DiscussionTime],
  migrations,
  resolvers: [DaycareFamilyResolver, AbsenceResolver, DiscussionTimeResolver, accessLogResolver('daycare', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedDaycare,
};
