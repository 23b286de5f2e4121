import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { HousingAlertType } from './housing-case.entity';

/**
 * An eviction in the municipality. Evictions of housing clients are recorded on their case (closed as LOST);
 * the landlord's evictions of other tenants are kept beside them, without a case, because the model's report
 * counts all of the partner landlord's evictions per year.
 */
@Entity('eviction')
@Index('IDX_eviction_municipality_day', ['municipality', 'evictedOn'])
@Index('IDX_eviction_case', ['caseId'])
@ObjectType({ description: 'An eviction, by type and date.' })
export class Eviction {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The eviction's id." })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  municipality: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HousingAlertType, { description: 'Whether the eviction was for rent arrears or a disturbance.' })
  type: HousingAlertType;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the eviction.' })
  evictedOn: string;
}
