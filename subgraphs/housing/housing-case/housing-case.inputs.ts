import { ArrayUnique, IsEnum, IsOptional, IsUUID, Length, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { HousingAlertType, HousingOutcome, HousingProblem } from './housing-case.entity';
import { HousingReferralKind } from './housing-referral.entity';
import { FollowUpStatus } from './housing-follow-up.entity';

const VERSION = { description: 'The `version` you last read; a newer one stored meanwhile is a CONFLICT (reload and retry).' };

@InputType({ description: 'What a counsellor knows of a case so far: first contact, problems, the service plan.' })
export class UpdateHousingCaseInput {
  @Field(() => ID, { description: 'The housing case.' })
  caseId: string;

  @Field(() => Int, VERSION)
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the counsellor first reached the family; left out keeps what is stored.' })
  firstContactOn?: string | null;

  @Field(() => [HousingProblem], { nullable: true, description: 'The problems behind the housing risk; replaces the stored list; left out keeps it.' })
  @IsOptional()
  @ArrayUnique({ message: 'problemCategories must name each problem once' })
  problemCategories?: HousingProblem[] | null;

  @Field(() => ID, { nullable: true, description: "The family's service plan (a social-office `ServicePlan` id); left out keeps what is stored." })
  @IsOptional()
  @IsUUID('all', { message: 'servicePlanId must be a service plan id' })
  servicePlanId?: string | null;
}

@InputType({ description: 'A home visit to record on a case.' })
export class RecordHomeVisitInput {
  @Field(() => ID, { description: 'The housing case.' })
  caseId: string;

  @Field(() => LocalDateScalar, { description: 'The day of the visit; not in the future.' })
  visitedOn: string;

  @Field(() => String, { nullable: true, description: 'The social worker who came along: their user id; left out when the counsellor went alone.' })
  @IsOptional()
  @Length(1, 64, { message: 'socialWorkerId must be 1 to 64 characters' })
  socialWorkerId?: string | null;

  @Field({ description: 'What the visit found; sensitive (served only with the `notes` grant), plain text.' })
  @MultilineText()
  @Length(1, 4000, { message: 'findings must be 1 to 4000 characters' })
  findings: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A referral to record on a case.' })
export class ReferHousingClientInput {
  @Field(() => ID, { description: 'The housing case.' })
  caseId: string;

  @Field(() => HousingReferralKind, { description: 'Where the client is referred.' })
  kind: HousingReferralKind;

  @Field(() => LocalDateScalar, { description: 'The day of the referral; not in the future.' })
  referredOn: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'The eviction that ended a tenancy.' })
export class EvictionInput {
  @Field(() => HousingAlertType, { description: 'RENT_ARREARS or DISTURBANCE.' })
  @IsEnum(HousingAlertType)
  type: HousingAlertType;

  @Field(() => LocalDateScalar, { description: 'The day of the eviction.' })
  evictedOn: string;
}

@InputType({ description: 'How a case ends.' })
export class CloseHousingCaseInput {
  @Field(() => ID, { description: 'The housing case; it must be open.' })
  caseId: string;

  @Field(() => Int, VERSION)
  @Min(1, { message: 'expectedVersion must be at least 1' })
  expectedVersion: number;

  @Field(() => HousingOutcome, { description: 'KEPT, LOST or UNRESOLVED.' })
  outcome: HousingOutcome;

  @Field(() => LocalDateScalar, { description: 'The day the case closes; not before it opened, not in the future.' })
  closedOn: string;

  @Field(() => EvictionInput, { nullable: true, description: 'The eviction, when the outcome is LOST by eviction.' })
  @IsOptional()
  @ValidateNested()
  eviction?: EvictionInput | null;
}

@InputType({ description: 'A resident moving from supported housing into an own tenancy, to follow up.' })
export class OpenMoveToOwnTenancyInput {
  @Field(() => ID, { description: 'The family (household) of the resident.' })
  familyId: string;

  @Field(() => LocalDateScalar, { description: 'The day the resident moves (or moved) in.' })
  movedInOn: string;

  @Field(() => ID, { nullable: true, description: "The family's service plan (a social-office `ServicePlan` id), when there is one." })
  @IsOptional()
  @IsUUID('all', { message: 'servicePlanId must be a service plan id' })
  servicePlanId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A follow-up visit or call after a move into an own tenancy.' })
export class RecordHousingFollowUpInput {
  @Field(() => ID, { description: 'The MOVE_TO_OWN_TENANCY case.' })
  caseId: string;

  @Field(() => LocalDateScalar, { description: 'The day of the follow-up; not before the move-in, not in the future.' })
  followedUpOn: string;

  @Field(() => FollowUpStatus, { description: 'How the resident is doing.' })
  status: FollowUpStatus;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
