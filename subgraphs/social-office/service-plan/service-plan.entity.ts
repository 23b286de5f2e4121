import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

export enum ServicePlanStatus {
  ACTIVE = 'ACTIVE',
  CLOSED = 'CLOSED',
}

registerEnumType(ServicePlanStatus, {
  name: 'ServicePlanStatus',
  description: 'Whether a service plan is being followed.',
  valuesConfig: {
    ACTIVE: { description: 'Being followed: services are booked from it and it is reviewed on its review dates.' },
    CLOSED: { description: 'Closed: the family was sent a feedback form.' },
  },
});

/**
 * A service plan (asiakassuunnitelma), written with the family. Other subgraphs link to it by id
 * (a housing case continues under the client's plan), so it is an entity with a resolvable key.
 */
@Entity('service_plan')
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A service plan written with the family: goals, agreed services, responsible workers and review dates. A case note (`notes`).' })
export class ServicePlan {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_service_plan' })
  @Field(() => ID, { description: "The plan's id; other services link to it by this." })
  id: string;

  @Index('IDX_service_plan_familyId')
  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => ID, { nullable: true, description: 'The family case it belongs to, if named.' })
  caseId: string | null;

  @Column({ type: 'uuid', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => ID, { nullable: true, description: 'The service need assessment it follows from, if any.' })
  assessmentId: string | null;

  @Column({ type: 'varchar', length: 10 })
  @Directive('@category(name: "notes")')
  @Field(() => ServicePlanStatus, { description: 'Whether the plan is being followed or closed.' })
  status: ServicePlanStatus;

  @Column({ type: 'date' })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { description: 'The day the plan was written with the family.' })
  writtenOn: string;

  @Column({ type: 'date', nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => LocalDateScalar, { nullable: true, description: 'The day it was closed; null while active.' })
  closedOn: string | null;

  /** The family members who took part in writing it (persons of the families subgraph). */
  @Column({ type: 'uuid', array: true })
  participantIds: string[];

  /** ISO dates, ascending. */
  @Column({ type: 'varchar', length: 10, array: true })
  @Directive('@category(name: "notes")')
  @Field(() => [LocalDateScalar], { description: 'When the plan is reviewed with the family, in date order.' })
  reviewDates: string[];

  /** The user id (`sub`) of the worker who wrote it and is responsible for it. */
  @Column({ type: 'uuid' })
  responsibleWorkerId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
