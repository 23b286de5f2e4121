import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { SupportService } from './support-service';

@Entity('agreed_service')
@ObjectType({ description: 'A service a plan agrees on, and the worker responsible for it.' })
export class AgreedService {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_agreed_service' })
  @Field(() => ID, { description: "The agreed service's id; appointments are booked for it." })
  id: string;

  @Index('IDX_agreed_service_planId')
  @Column({ type: 'uuid' })
  planId: string;

  @Column({ type: 'varchar', length: 30 })
  @Directive('@category(name: "notes")')
  @Field(() => SupportService, { description: 'Which service.' })
  service: SupportService;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Directive('@category(name: "notes")')
  @Field(() => String, { nullable: true, description: 'What was agreed, e.g. "a home visit every other week"; null when nothing more.' })
  details: string | null;

  /** A worker of the social office (case_worker). */
  @Column({ type: 'uuid' })
  responsibleWorkerId: string;
}
