import { Column, Entity, Index, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { Companion } from '../companion/companion.entity';

export enum MeetingKind {
  TRAINING = 'TRAINING',
  SUPERVISION = 'SUPERVISION',
}
registerEnumType(MeetingKind, {
  name: 'VolunteerMeetingKind',
  description: 'A training session or a supervision meeting of companions.',
  valuesConfig: {
    TRAINING: { description: 'A training session: attending one lets a coordinator move an applicant to TRAINED.' },
    SUPERVISION: { description: 'A supervision (työnohjaus) meeting: companions give feedback after it.' },
  },
});

@Entity('volunteer_meeting')
@Index('IDX_volunteer_meeting_organisation', ['organisation', 'heldOn'])
@ObjectType({ description: "A training session or supervision meeting of one organisation's companions, with attendance." })
export class VolunteerMeeting {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The meeting's id; companions pass it to `giveSupervisionFeedback`." })
  id: string;

  @Column({ type: 'varchar', length: 120 })
  @Field({ description: 'The organisation that held it.' })
  organisation: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => MeetingKind, { description: 'Training or supervision.' })
  kind: MeetingKind;

  @Column({ type: 'date' })
  @Field(() => LocalDateScalar, { description: 'The day it was held.' })
  heldOn: string;

  @Column({ type: 'varchar', length: 200 })
  @Field({ description: 'What it was about, e.g. "Meeting families as a peer"; never about a named family.' })
  topic: string;

  @OneToMany(() => MeetingAttendance, (a) => a.meeting)
  @Field(() => [MeetingAttendance], { description: 'Who was invited and who attended.' })
  attendance: Relation<MeetingAttendance[]>;
}

@Entity('meeting_attendance')
@Unique('UQ_meeting_attendance', ['meetingId', 'companionId'])
@Index('IDX_meeting_attendance_companion', ['companionId'])
@ObjectType({ description: "One companion's attendance at a meeting." })
export class MeetingAttendance {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => VolunteerMeeting, (m) => m.attendance)
  meeting: Relation<VolunteerMeeting>;

  @Column({ type: 'uuid' })
  companionId: string;

  @ManyToOne(() => Companion)
  @Field(() => Companion, { description: 'The companion.' })
  companion: Relation<Companion>;

  @Column({ type: 'boolean' })
  @Field({ description: 'Whether the companion attended.' })
  attended: boolean;
}

export enum Workload {
  LIGHT = 'LIGHT',
  RIGHT = 'RIGHT',
  HEAVY = 'HEAVY',
}
registerEnumType(Workload, {
  name: 'CompanionWorkload',
  description: 'How the companionship feels to carry.',
  valuesConfig: { LIGHT: { description: 'Could do more.' }, RIGHT: { description: 'About right.' }, HEAVY: { description: 'Too much.' } },
});

/** Structured on purpose: no free text, so no family's affairs end up in the feedback. */
@Entity('supervision_feedback')
@Unique('UQ_supervision_feedback', ['meetingId', 'companionId'])
@ObjectType({ description: "A companion's short, structured feedback after a supervision meeting." })
export class SupervisionFeedback {
  @PrimaryGeneratedColumn('uuid')
  @Field(() => ID, { description: "The feedback's id." })
  id: string;

  @Column({ type: 'uuid' })
  @Field(() => ID, { description: 'The supervision meeting (a `VolunteerMeeting` id).' })
  meetingId: string;

  @Column({ type: 'uuid' })
  companionId: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'How useful the meeting was, 1 (not at all) to 5 (very).' })
  usefulness: number;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'How supported the companion feels in the work, 1 to 5.' })
  feelsSupported: number;

  @Column({ type: 'varchar', length: 6 })
  @Field(() => Workload, { description: 'How the companionship feels to carry.' })
  workload: Workload;

  @Column({ type: 'boolean' })
  @Field({ description: 'Whether the companion means to go on volunteering.' })
  continuing: boolean;
}
