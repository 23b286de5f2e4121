import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { DeadlineState } from './deadlines';

registerEnumType(DeadlineState, {
  name: 'DeadlineState',
  description: 'Where an assessment stands against its next legal deadline (Finnish working days).',
  valuesConfig: {
    NONE: { description: 'No date to keep: completed, or no special support need (the act says only "without delay").' },
    ON_TRACK: { description: 'The next deadline is further away than the watch window.' },
    NEAR: { description: 'The next deadline is within the watch window (today included).' },
    OVERDUE: { description: 'The next deadline has passed.' },
  },
});

/** A service need assessment (palvelutarpeen arviointi). Everything in it is a case note (`notes`). */
@Entity('needs_assessment')
@ObjectType({ description: 'A service need assessment (palvelutarpeen arviointi), with its legal deadlines.' })
export class NeedsAssessment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_needs_assessment' })
  @Field(() => ID, { description: "The assessment's id." })
  id: string;

  @Index('IDX_needs_assessment_familyId')
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => ID, { nullable: true, description: 'The help request it started from; null when it started from a case.' })
  helpRequestId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => ID, { nullable: true, description: 'The family case it started from; null when it started from a help request.' })
  caseId: string | null;

  @Column({ type: 'date' })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { description: 'The day the family made contact: the deadlines count from it.' })
  contactedOn: string;

  @Column({ type: 'boolean' })
  @Directive('@category(name: "notes")')
  @Field({ description: 'For a child or another person needing special support: the start and completion deadlines apply.' })
  specialSupport: boolean;

  @Column({ type: 'date', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Start at the latest on this day: the 7th working day after contact. Null without special support.',
  })
  startDueBy: string | null;

  @Column({ type: 'date', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'Complete at the latest on this day: three months after contact, moved to the next working day. Null without special support.',
  })
  completionDueBy: string | null;

  @Column({ type: 'date', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the assessment started; null while it has not.' })
  startedOn: string | null;

  @Column({ type: 'date', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was completed; null while open.' })
  completedOn: string | null;

  /** The worker's user id (`sub`): the worker and their unit's lead watch its deadlines. */
  @Index('IDX_needs_assessment_worker')
  @Column({ type: 'uuid' })
  responsibleWorkerId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
