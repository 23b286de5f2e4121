import { Column, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { AgendaStatus } from './agenda';

/** What every provider's booking has: a family, a time, a FHIR status, and a version for concurrent edits. */
@ObjectType() // not emitted: only its subclasses are reachable from the schema
export abstract class FamilyBooking {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The booking's id in its provider." })
  id: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the booking starts, in Finnish local time (Europe/Helsinki).' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it ends, in Finnish local time.' })
  endsAt: Date;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => AgendaStatus, { description: "The booking's status; NOSHOW marks a missed appointment." })
  status: AgendaStatus;

  @VersionColumn()
  version: number;
}
