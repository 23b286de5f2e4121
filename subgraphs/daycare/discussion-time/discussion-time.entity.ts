import { Column, Entity, Index, ManyToOne, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { FamilyBooking } from '../../kit/booking';
import { DaycareUnit } from '../unit/daycare-unit.entity';

@Entity('discussion_time')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'A discussion-time slot with the daycare staff, booked by a guardian (eVaka calendar events).' })
export class DiscussionTime extends FamilyBooking {
  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The child the discussion is about (a `Person` id).' })
  childId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => DaycareUnit)
  @Field(() => DaycareUnit, { description: 'The daycare unit where the discussion takes place.' })
  unit: Relation<DaycareUnit>;

  /** A topic such as "Support discussion" tells about the child's support needs: a note, not a booking detail. */
  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "notes")')
  @Field(() => String, { nullable: true, description: 'e.g. "Early education plan"; null with a FORBIDDEN error without the `notes` grant.' })
  topic: string;
}
