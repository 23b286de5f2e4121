import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, VersionColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from '../../kit/agenda';
import { DaycareUnit } from '../unit/daycare-unit.entity';

@Entity('discussion_time')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: 'A discussion-time slot with the daycare staff, booked by a guardian (eVaka calendar events).' })
export class DiscussionTime {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID)
  childId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => DaycareUnit)
  @Field(() => DaycareUnit)
  unit: Relation<DaycareUnit>;

  @Column({ type: 'varchar', length: 120 })
  @Directive('@category(name: "bookings")')
  @Field({ description: 'e.g. "Early education plan".' })
  topic: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date)
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date)
  endsAt: Date;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AgendaStatus)
  status: AgendaStatus;

  @VersionColumn()
  version: number;
}
