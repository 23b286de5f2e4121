import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { HousingAlertType } from '../housing-case/housing-case.entity';
import { DisturbanceKind } from './housing-alert.entity';

@InputType({ description: 'What a landlord reports about one of its tenancies.' })
export class ReportHousingAlertInput {
  @Field(() => ID, { description: "One of the signed-in landlord's own tenancies (`myTenancies`); another id is refused." })
  @IsUUID('all', { message: 'tenancyId must be a tenancy id' })
  tenancyId: string;

  @Field(() => HousingAlertType, { description: 'RENT_ARREARS or DISTURBANCE.' })
  type: HousingAlertType;

  @Field(() => Int, { nullable: true, description: 'Rent arrears in euro cents (125000 is 1 250,00 €); required for RENT_ARREARS, left out for DISTURBANCE.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'arrearsCents must be at least 1' })
  @Max(100_000_000, { message: 'arrearsCents must be at most 100000000 (1 000 000 €)' })
  arrearsCents?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many months of rent are unpaid; required for RENT_ARREARS, left out for DISTURBANCE.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'monthsInArrears must be at least 1' })
  @Max(120, { message: 'monthsInArrears must be at most 120' })
  monthsInArrears?: number | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The day the disturbance warning was given; required for DISTURBANCE, left out for RENT_ARREARS.',
  })
  warningGivenOn?: string | null;

  @Field(() => DisturbanceKind, { nullable: true, description: 'What the disturbance was; required for DISTURBANCE, left out for RENT_ARREARS.' })
  disturbanceKind?: DisturbanceKind | null;

  @Field({ description: "What happened, in the landlord's words; plain text, stored and returned as written." })
  @MultilineText()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
