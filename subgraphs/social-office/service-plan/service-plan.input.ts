import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { GoalStatus } from './service-plan-goal.entity';
import { SupportService } from './support-service';

@InputType({ description: 'A goal written with the family.' })
export class GoalInput {
  @Field({ description: "The goal in the family's words; 1 to 500 characters, several lines allowed." })
  @MultilineText()
  @Length(1, 500, { message: 'a goal is 1 to 500 characters' })
  description: string;

  @Field(() => GoalStatus, { defaultValue: GoalStatus.NOT_STARTED, description: 'How far the goal has come; NOT_STARTED by default.' })
  status: GoalStatus;
}

@InputType({ description: 'A service the plan agrees on.' })
export class AgreedServiceInput {
  @Field(() => SupportService, { description: 'Which service.' })
  service: SupportService;

  @Field(() => String, { nullable: true, description: 'What was agreed, e.g. "a home visit every other week"; up to 500 characters.' })
  @IsOptional()
  @Length(1, 500, { message: 'details are 1 to 500 characters' })
  details?: string | null;

  @Field(() => ID, { description: 'The social office worker responsible for it (a `CaseWorker` id).' })
  responsibleWorkerId: string;
}

@InputType({ description: 'A service plan written with the family.' })
export class WriteServicePlanInput {
  @Field(() => ID, { description: 'The family whose plan it is.' })
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The family case it belongs to, if any.' })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: "The family's service need assessment it follows from, if any." })
  assessmentId?: string | null;

  @Field(() => [ID], { description: 'The family members who took part in writing it (Person ids), 1 to 10.' })
  @ArrayMinSize(1, { message: 'a plan is written with the family: name at least one participant' })
  @ArrayMaxSize(10)
  participantIds: string[];

  @Field(() => [GoalInput], { description: 'The goals, 1 to 20.' })
  @ArrayMinSize(1, { message: 'a plan has at least one goal' })
  @ArrayMaxSize(20)
  @ValidateNested()
  goals: GoalInput[];

  @Field(() => [AgreedServiceInput], { description: 'The agreed services, up to 20.' })
  @ArrayMaxSize(20)
  @ValidateNested()
  services: AgreedServiceInput[];

  @Field(() => [LocalDateScalar], { description: 'Review dates, 1 to 12, from today on, each later than the one before.' })
  @ArrayMinSize(1, { message: 'a plan has at least one review date' })
  @ArrayMaxSize(12)
  reviewDates: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: "A social office appointment booked for one of a plan's agreed services." })
export class BookServicePlanAppointmentInput {
  @Field(() => ID, { description: 'The active plan.' })
  planId: string;

  @Field(() => ID, { description: 'The agreed service of the plan the appointment is for; its responsible worker meets the family.' })
  agreedServiceId: string;

  @Field(() => ID, { description: 'The social office where it takes place.' })
  officeId: string;

  @Field(() => Date, { description: 'Start, in the future.' })
  startsAt: Date;

  @Field(() => Date, { description: 'End: after the start, at most 8 hours later.' })
  endsAt: Date;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A service plan to close.' })
export class CloseServicePlanInput {
  @Field(() => ID, { description: 'The active plan.' })
  planId: string;
}
