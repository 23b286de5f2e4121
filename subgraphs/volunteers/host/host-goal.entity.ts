import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { HostGoalStatus } from './host-enums';

@Entity('host_goal')
@Index(['groupId'])
// A host's month reads the goals due in it.
@Index('IDX_host_goal_host_due', ['hostId', 'dueOn'])
@ObjectType({ description: 'A goal the family, the social host and the family worker set jointly; met goals earn the host a bonus.' })
export class HostGoal {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The goal's id." })
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @Column({ type: 'uuid' })
  hostId: string;

  /** The family the goal was set with; read through `family`, which checks the grant. */
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 300 })
  @Field({ description: 'The goal in words the family agreed to, e.g. "Visits the playground on its own weekly".' })
  description: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day the goal was set.' })
  setOn: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day by which the goal is to be met; its month is the one whose bonus it decides.' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HostGoalStatus, { description: 'Where the goal stands.' })
  status: HostGoalStatus;

  @VersionColumn()
  @Field(() => Int, { description: 'Optimistic-lock version; pass it back when changing the status.' })
  version: number;
}
