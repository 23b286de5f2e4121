import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { BenefitKind } from './benefit-application.entity';
import { BenefitDecisionOutcome } from './benefit-decision.entity';

const VERSION = { description: 'The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry).' };

@InputType({ description: 'A new application, started as a draft.' })
export class CreateBenefitApplicationInput {
  @Field(() => ID, { description: 'The family applying.' })
  familyId: string;

  @Field(() => BenefitKind, { description: 'Which social assistance is applied for.' })
  kind: BenefitKind;

  @Field(() => ID, { nullable: true, description: 'For PREVENTIVE_SOCIAL_ASSISTANCE only: the housing case it helps, e.g. to clear rent arrears.' })
  @IsOptional()
  @IsUUID('all', { message: 'housingCaseId must be a housing case id' })
  housingCaseId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'One step of an application: which one, at what version.' })
export class BenefitApplicationStepInput {
  @Field(() => ID, { description: 'The application.' })
  applicationId: string;

  @Field(() => Int, VERSION)
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;
}

@InputType({ description: 'The decision on an application in review.' })
export class DecideBenefitApplicationInput {
  @Field(() => ID, { description: 'The application; it must be IN_REVIEW.' })
  applicationId: string;

  @Field(() => Int, VERSION)
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field(() => BenefitDecisionOutcome, { description: 'GRANTED, PARTIALLY_GRANTED or DENIED.' })
  outcome: BenefitDecisionOutcome;

  @Field(() => Int, { description: 'The amount granted for the period in euro cents; 0 when DENIED.' })
  @IsInt()
  @Min(0, { message: 'amountCents cannot be negative' })
  @Max(100_000_000, { message: 'amountCents must be at most 100000000 (1 000 000 €)' })
  amountCents: number;

  @Field(() => LocalDateScalar, { description: 'First day of the period the decision covers.' })
  periodFrom: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the period; at most a year after periodFrom.' })
  periodTo: string;

  @Field({ description: 'Why it was decided so; plain text.' })
  @MultilineText()
  @Length(1, 4000, { message: 'reasoning must be 1 to 4000 characters' })
  reasoning: string;
}
