import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { ActivityKind } from './activity.entity';

export const MAX_ACTIVITY_DAYS = 14;

@InputType({ description: "A group activity at a meeting place or elsewhere. Led by a social host, its time follows the host's scheduling rule." })
export class CreateActivityInput {
  @Field({ description: 'What the activity is, 3 to 120 characters.' })
  @Length(3, 120, { message: 'title must be 3 to 120 characters' })
  title: string;

  @Field(() => ActivityKind, { description: 'What kind of activity it is.' })
  kind: ActivityKind;

  @Field(() => Date, { description: 'When it starts; in the future.' })
  startsAt: Date;

  @Field(() => Date, { description: `When it ends; after the start, at most ${MAX_ACTIVITY_DAYS} days later (a theme week).` })
  endsAt: Date;

  @Field(() => ID, { nullable: true, description: 'The meeting place (a `MeetingPlace` id); give this or `meetingPoint`.' })
  @IsOptional()
  @IsUUID('all', { message: 'meetingPlaceId must be a meeting place id' })
  meetingPlaceId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where to meet when not at a meeting place, 3 to 200 characters; give this or `meetingPlaceId`.' })
  @IsOptional()
  @Length(3, 200, { message: 'meetingPoint must be 3 to 200 characters' })
  meetingPoint?: string | null;

  @Field(() => Int, { description: 'How many people can take part, 1 to 500.' })
  @IsInt()
  @Min(1, { message: 'capacity must be at least 1' })
  @Max(500, { message: 'capacity must be at most 500' })
  capacity: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Signs a family up to an activity.' })
export class SignUpForActivityInput {
  @Field(() => ID, { description: 'The activity (an `Activity` id).' })
  @IsUUID('all', { message: 'activityId must be an activity id' })
  activityId: string;

  @Field(() => ID, { description: 'The family (a `Family` id): a guardian signs up the own family.' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => Int, { description: 'How many of the family take part, 1 to 10.' })
  @IsInt()
  @Min(1, { message: 'participants must be at least 1' })
  @Max(10, { message: 'participants must be at most 10' })
  participants: number;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'Records whether a signed-up family came.' })
export class RecordAttendanceInput {
  @Field(() => ID, { description: 'The sign-up (an `ActivitySignUp` id).' })
  @IsUUID('all', { message: 'signUpId must be a sign-up id' })
  signUpId: string;

  @Field({ description: 'True when the family came.' })
  attended: boolean;
}

@InputType({ description: 'An anonymous head count of an activity: no names, so no family data.' })
export class RecordHeadCountInput {
  @Field(() => ID, { description: 'The activity (an `Activity` id).' })
  @IsUUID('all', { message: 'activityId must be an activity id' })
  activityId: string;

  @Field(() => Int, { description: 'How many people came, 0 to 10000.' })
  @IsInt()
  @Min(0, { message: 'headCount must be at least 0' })
  @Max(10000, { message: 'headCount must be at most 10000' })
  headCount: number;
}
