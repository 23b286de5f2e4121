import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from '@rinnalla/subgraph-kit';

/** A family's place in one of the parish's activities: a family café, a club, a camp. */
@Entity('family_activity')
@Index(['familyId', 'startsAt'])
@ObjectType({ description: "A family's enrolment in a parish family activity (a partner organisation's data)." })
export class FamilyActivity {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The enrolment's id in the parish's system." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 80 })
  @Field({ description: 'The activity, e.g. "Family café".' })
  activity: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the activity starts, in Finnish local time (Europe/Helsinki).' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it ends, in Finnish local time.' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AgendaStatus, { description: 'Whether the family is booked, took part, cancelled or did not come.' })
  status: AgendaStatus;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'Where the activity is, e.g. the parish centre.' })
  placeName: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'Street address of the place.' })
  placeAddress: string;

  @VersionColumn()
  version: number;
}
