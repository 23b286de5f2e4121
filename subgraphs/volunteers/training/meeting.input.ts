import { ArrayMaxSize, ArrayMinSize, IsInt, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MeetingKind, Workload } from './meeting.entity';

@InputType({ description: "One companion's attendance at a meeting." })
export class MeetingAttendanceInput {
  @Field(() => ID, { description: 'The companion (a `Companion` id) of the own organisation.' })
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field({ description: 'Whether the companion attended.' })
  attended: boolean;
}

@InputType({ description: 'A training session or supervision meeting held, with who attended.' })
export class RecordVolunteerMeetingInput {
  @Field(() => MeetingKind, { description: 'Training or supervision.' })
  kind: MeetingKind;

  @Field(() => LocalDateScalar, { description: 'The day it was held: today or earlier, at most a year back.' })
  heldOn: string;

  @Field({ description: 'What it was about, 1 to 200 characters; never a family’s affairs.' })
  @Length(1, 200, { message: 'topic must be 1 to 200 characters' })
  topic: string;

  @Field(() => [MeetingAttendanceInput], { description: 'Each invited companion once, 1 to 100 of them.' })
  @ArrayMinSize(1, { message: 'attendance must name at least one companion' })
  @ArrayMaxSize(100, { message: 'attendance names at most 100 companions' })
  @ValidateNested()
  attendance: MeetingAttendanceInput[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: "A companion's short, structured feedback after a supervision meeting they attended." })
export class GiveSupervisionFeedbackInput {
  @Field(() => ID, { description: 'The supervision meeting (a `VolunteerMeeting` id) the companion attended.' })
  @IsUUID('all', { message: 'meetingId must be a meeting id' })
  meetingId: string;

  @Field(() => Int, { description: 'How useful the meeting was, 1 (not at all) to 5 (very).' })
  @IsInt()
  @Min(1, { message: 'usefulness is 1 to 5' })
  @Max(5, { message: 'usefulness is 1 to 5' })
  usefulness: number;

  @Field(() => Int, { description: 'How supported the companion feels in the work, 1 to 5.' })
  @IsInt()
  @Min(1, { message: 'feelsSupported is 1 to 5' })
  @Max(5, { message: 'feelsSupported is 1 to 5' })
  feelsSupported: number;

  @Field(() => Workload, { description: 'How the companionship feels to carry.' })
  workload: Workload;

  @Field({ description: 'Whether the companion means to go on volunteering.' })
  continuing: boolean;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
