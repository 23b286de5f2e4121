import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  ACHIEVED = 'ACHIEVED',
  NOT_ACHIEVED = 'NOT_ACHIEVED',
}

registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: 'How far a service plan goal has come.',
  valuesConfig: {
    NOT_STARTED: { description: 'Agreed, not yet worked on.' },
    IN_PROGRESS: { description: 'Being worked on.' },
    ACHIEVED: { description: 'Reached.' },
    NOT_ACHIEVED: { description: 'Not reached, and no longer pursued.' },
  },
});

@Entity('service_plan_goal')
@ObjectType({ description: 'A goal of a service plan, written with the family in their words.' })
export class ServicePlanGoal {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_plan_goal' })
  @Field(() => ID, { description: "The goal's id." })
  id: string;

  @Index('IDX_service_plan_goal_planId')
  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 500 })
  @Directive('@category(name: "notes")')
  @Field({ description: 'The goal, as written with the family.' })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  @Directive('@category(name: "notes")')
  @Field(() => GoalStatus, { description: 'How far the goal has come.' })
  status: GoalStatus;
}
