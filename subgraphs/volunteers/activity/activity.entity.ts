import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ActivityKind {
  WEEKLY_ACTIVITY = 'WEEKLY_ACTIVITY',
  THEME_WEEK = 'THEME_WEEK',
  COMMUNITY_EVENT = 'COMMUNITY_EVENT',
  GROUP_MEETING = 'GROUP_MEETING',
  WALK = 'WALK',
  TRIP = 'TRIP',
}
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'What kind of group activity it is.',
  valuesConfig: {
    WEEKLY_ACTIVITY: { description: "A weekly activity at a meeting place, e.g. a parents' coffee morning." },
    THEME_WEEK: { description: 'A theme week at a living room, e.g. a week of benefit guidance.' },
    COMMUNITY_EVENT: { description: "A residents' room's monthly community event." },
    GROUP_MEETING: { description: 'A group meeting such as a music or film night or a discussion evening.' },
    WALK: { description: 'A walk together.' },
    TRIP: { description: 'A trip, e.g. to a national park or a museum.' },
  },
});

@Entity('activity')
@Index(['startsAt'])
@ObjectType({ description: 'A group activity families can sign up to: where, when, and how many places.' })
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The activity's id." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'What the activity is, e.g. "Film night: Muumit Rivieralla".' })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => ActivityKind, { description: 'What kind of activity it is.' })
  kind: ActivityKind;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it starts.' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  @Field(() => Date, { description: 'When it ends.' })
  endsAt: Date;

  @Column({ type: 'uuid', nullable: true })
  meetingPlaceId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Where to meet when it is not at a meeting place, e.g. the start of a walk; null at a meeting place.' })
  meetingPoint: string | null;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How many people can take part; sign-ups past it are refused.' })
  capacity: number;

  @Column({ type: 'uuid' })
  organiserId: string;

  /** The social host who leads it, when a host does: the host's scheduling rule applies to its time. */
  @Column({ type: 'uuid', nullable: true })
  @Field(() => ID, { nullable: true, description: 'The social host who leads the activity (a `SocialHost` id); null when a family worker organises it.' })
  hostId: string | null;

  @Column({ type: 'int', nullable: true })
  @Field(() => Int, { nullable: true, description: 'An anonymous head count of everyone who came, signed up or not; null until recorded.' })
  headCount: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

@Entity('activity_sign_up')
@Unique('UQ_activity_sign_up_family', ['activityId', 'familyId'])
@Index(['familyId'])
@ObjectType({ description: "A family's sign-up to an activity, and whether it came." })
export class ActivitySignUp {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The sign-up's id; attendance is recorded by it." })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The activity (an `Activity` id).' })
  activityId: string;

  @ManyToOne(() => Activity)
  @JoinColumn({ name: 'activityId' })
  activity: Relation<Activity>;

  @Column({ type: 'uuid' })
  familyId: string;

  @Column({ type: 'int' })
  @Field(() => Int, { description: 'How many of the family take part; each takes one place.' })
  participants: number;

  @Column({ type: 'uuid' })
  signedUpBy: string;

  @Column({ type: 'boolean', nullable: true })
  @Field(() => Boolean, { nullable: true, description: 'Whether the family came; null until attendance is recorded.' })
  attended: boolean | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
