import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaItem } from '../../kit/agenda';
import { DiscussionTime } from '../discussion-time/discussion-time.entity';
import { Absence, AttendanceReservation } from '../reservation/attendance-reservation.entity';
import { Placement } from '../unit/daycare-unit.entity';

@Directive('@key(fields: "id")')
@ObjectType()
export class Family {
  @Field(() => ID)
  id: string;

  // Plumbing for `agenda`/`accessLog` in families: hidden from the public API, still served to the gateway for `@requires`.
  @Directive('@inaccessible')
  @Directive('@category(name: "bookings")')
  @Field(() => [AgendaItem], { nullable: true, description: "Daycare's part of `agenda`: attendance reservations and discussion times." })
  daycareAgenda?: AgendaItem[];

  @Directive('@category(name: "bookings")')
  @Field(() => [Placement], { description: "The children's daycare placements." })
  daycarePlacements: Placement[];

  @Directive('@category(name: "bookings")')
  @Field(() => [AttendanceReservation], { description: 'Attendance reservations in the agenda window.' })
  attendanceReservations: AttendanceReservation[];

  @Directive('@category(name: "bookings")')
  @Field(() => [Absence], { description: 'Absences in the agenda window.' })
  daycareAbsences: Absence[];

  @Directive('@category(name: "bookings")')
  @Field(() => [DiscussionTime], { description: 'Discussion times in the agenda window.' })
  discussionTimes: DiscussionTime[];
}
