import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ObjectType } from 'type-graphql';

/** One use or disclosure of a family's data (Act 703/2023). Ids and categories only, never the data itself. */
@Entity('access_log')
@Index(['familyId', 'at'])
@Directive('@shareable')
@ObjectType({ description: "One use or disclosure of the family's data: who, in what role, which category, on what basis." })
export class AccessLogEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  seq: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When.' })
  at: Date;

  @Column({ type: 'varchar', length: 64 })
  @Field({ description: "Who: the user's id." })
  viewerId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'In what role, e.g. companion.' })
  viewerRole: string;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'Which data category, e.g. bookings.' })
  category: string;

  /** `read`, `write`, or `disclose` when the viewer is a partner organisation. */
  @Column({ type: 'varchar', length: 10 })
  @Field({ description: 'read, write, or disclose (to a partner organisation).' })
  operation: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'On what basis: guardianship, consent, referral, municipal-role, own-report or tenancy (a landlord reading its own tenancies).' })
  basis: string;

  @Column({ type: 'varchar', length: 80 })
  basisRef: string;

  @Column({ type: 'varchar', length: 40 })
  @Field({ description: 'Which service served the data.' })
  service: string;

  @Column({ type: 'varchar', length: 64 })
  requestId: string;

  @Column({ type: 'char', length: 64 })
  prevHash: string;

  @Column({ type: 'char', length: 64 })
  hash: string;
}
