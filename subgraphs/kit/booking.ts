import { Column, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from './agenda';

/** What every provider's booking has: a family, a time, a FHIR status, and a version for concurrent edits. */
@ObjectType() // not emitted: only its subclasses are reachable from the schema
export abstract class FamilyBooking {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID)
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

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
