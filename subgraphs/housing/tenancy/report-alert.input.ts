import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { HousingAlertType } from '../housing-case/housing-case.entity';

@InputType({ description: 'What a landlord reports about one of its tenancies.' })
export class ReportHousingAlertInput {
  @Field(() => ID, { description: "One of the signed-in landlord's own tenancies (`myTenancies`); another id is refused." })
  @IsUUID('all', { message: 'tenancyId must be a tenancy id' })
  tenancyId: string;

  @Field(() => HousingAlertType, { description: 'RENT_ARREARS or DISTURBANCE.' })
  type: HousingAlertType;

  @Field(() => Int, { nullable: true, description: 'Rent arrears in whole euros; required for RENT_ARREARS, must be left out for DISTURBANCE.' })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'arrearsEuros must be at least 1' })
  @Max(1_000_000, { message: 'arrearsEuros must be at most 1000000' })
  arrearsEuros?: number | null;

  @Field({ description: "What happened, in the landlord's words; plain text, stored and returned as written." })
  @MultilineText()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
