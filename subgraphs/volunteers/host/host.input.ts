import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { LocalDateScalar } from '../../kit/date-time';
import { HelpKind, HostGoalStatus } from './host-enums';

@InputType({ description: "A family worker refers a family to a social host's group for everyday help." })
export class ReferFamilyToHostGroupInput {
  @Field(() => ID, { description: 'The host group (a `HostGroup` id).' })
  @IsUUID('all', { message: 'groupId must be a host group id' })
  groupId: string;

  @Field(() => ID, { description: 'The family to refer (a `Family` id).' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

export const MAX_ENTRY_MINUTES = 12 * 60;

@InputType({ description: 'Everyday help a social host gave to families of the own groups.' })
export class LogHoursInput {
  @Field(() => Date, { description: "When the help started; it must respect the host's employment (see `HostEmployment`)." })
  startsAt: Date;

  @Field(() => Int, { description: `How long the help lasted, in minutes: 5 to ${MAX_ENTRY_MINUTES}.` })
  @IsInt()
  @Min(5, { message: 'minutes must be at least 5' })
  @Max(MAX_ENTRY_MINUTES, { message: `minutes must be at most ${MAX_ENTRY_MINUTES} (12 hours); log a longer day as several entries` })
  minutes: number;

  @Field(() => HelpKind, { description: 'What kind of help it was.' })
  kind: HelpKind;

  @Field(() => [ID], { description: "The families helped: 1 to 20, each in one of the host's own groups (`Family` ids)." })
  @ArrayMinSize(1, { message: 'familyIds must name at least one family' })
  @ArrayMaxSize(20, { message: 'familyIds may name at most 20 families' })
  @ArrayUnique({ message: 'familyIds must name each family once' })
  familyIds: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: "A family worker's decision on hours logged past the agreed monthly quota." })
export class DecideHoursEntryInput {
  @Field(() => ID, { description: 'The entry waiting for approval (an `HoursEntry` id).' })
  @IsUUID('all', { message: 'entryId must be an hours entry id' })
  entryId: string;

  @Field({ description: 'True to approve: the hours count. False to reject: they do not.' })
  approve: boolean;
}

@InputType({ description: 'A goal set jointly by a family, its social host and the family worker.' })
export class SetHostGoalInput {
  @Field(() => ID, { description: 'The host group the family belongs to (a `HostGroup` id).' })
  @IsUUID('all', { message: 'groupId must be a host group id' })
  groupId: string;

  @Field(() => ID, { description: 'The family the goal was agreed with (a `Family` id); it must be in the group.' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field({ description: 'The goal in the words agreed, 3 to 300 characters.' })
  @Length(3, 300, { message: 'description must be 3 to 300 characters' })
  description: string;

  @Field(() => LocalDateScalar, { description: 'The day by which the goal is to be met: today or later, at most a year ahead.' })
  dueOn: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A family worker records where a jointly set goal stands.' })
export class SetHostGoalStatusInput {
  @Field(() => ID, { description: 'The goal (a `HostGoal` id).' })
  @IsUUID('all', { message: 'goalId must be a goal id' })
  goalId: string;

  @Field(() => HostGoalStatus, { description: 'The new status.' })
  @IsIn(Object.values(HostGoalStatus))
  status: HostGoalStatus;

  @Field(() => Int, { description: 'The `HostGoal.version` read; a goal changed since then is a CONFLICT.' })
  @IsInt()
  version: number;
}
