import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { HelpKind, HoursEntryStatus } from './host-enums';

@Entity('hours_entry')
// A host's month, and the family worker's queue of entries awaiting approval.
@Index(['hostId', 'date'])
@Index('IDX_hours_entry_pending', ['status'], { where: `"status" = 'PENDING_APPROVAL'` })
@ObjectType({ description: 'Everyday help a social host gave, logged with its length, kind and families.' })
export class HoursEntry {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The entry's id; a family worker approves an entry past the quota by it." })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The host who gave the help (a `SocialHost` id).' })
  hostId: string;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day of the help, in Finnish local time.' })
  date: string;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When the help started.' })
  startsAt: Date;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How long the help lasted, in minutes.' })
  minutes: number;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => HelpKind, { description: 'What kind of help it was.' })
  kind: HelpKind;

  /** Families of the host's own group; read through `families`, which checks the grant and logs the read. */
  @Column({ type: 'uuid', array: true })
  familyIds: string[];

  @Column({ type: 'varchar', length: 20 })
  @Field(() => HoursEntryStatus, { description: 'Whether the hours count: entries past the agreed monthly hours wait for approval.' })
  status: HoursEntryStatus;

  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a family worker approved or rejected the entry; null for entries that counted at once.' })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
