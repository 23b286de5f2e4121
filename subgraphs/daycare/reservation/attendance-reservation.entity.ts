import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { DaycareUnit } from '../unit/daycare-unit.entity';

@Entity('attendance_reservation')
@Index(['familyId', 'date'])
@ObjectType({ description: "A guardian's reservation of a child's daycare hours for one day (eVaka)." })
export class AttendanceReservation {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: 'The id in daycare.' })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The child (a `Person` id in the families subgraph).' })
  childId: string;

  @Column({ type: 'uuid' })
  unitId: string;

  @ManyToOne(() => DaycareUnit)
  @Field(() => DaycareUnit, { description: 'The daycare unit the child attends that day.' })
  unit: Relation<DaycareUnit>;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day, in Finnish local time.' })
  date: string;

  @Column({ type: 'varchar', length: 5 })
  @Field({ description: 'HH:MM, Finnish local time.' })
  startTime: string;

  @Column({ type: 'varchar', length: 5 })
  @Field({ description: 'HH:MM, Finnish local time.' })
  endTime: string;
}

export enum AbsenceType {
  SICKLEAVE = 'SICKLEAVE',
  PLANNED_ABSENCE = 'PLANNED_ABSENCE',
  OTHER_ABSENCE = 'OTHER_ABSENCE',
}
registerEnumType(AbsenceType, {
  name: 'AbsenceType',
  description: 'Why a child is away from daycare (eVaka absence types). Health data: readable only with the `health` grant.',
  valuesConfig: {
    SICKLEAVE: { description: 'The child is ill.' },
    PLANNED_ABSENCE: { description: 'An absence the guardian announced in advance, e.g. a holiday.' },
    OTHER_ABSENCE: { description: 'Any other absence.' },
  },
});

@Entity('absence')
@Index(['familyId', 'date'])
@ObjectType({ description: "A child's absence from daycare on one day." })
export class Absence {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The absence's id in daycare." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The absent child (a `Person` id in the families subgraph).' })
  childId: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the absence, in Finnish local time.' })
  date: string;

  /** Why the child is away says whether the child is ill: health data, not a booking detail. */
  @Column({ type: 'varchar', length: 20 })
  @Directive('@category(name: "health")')
  @Field(() => AbsenceType, { nullable: true, description: 'The absence reason, e.g. SICKLEAVE; null with a FORBIDDEN error without the `health` grant.' })
  type: AbsenceType;
}
