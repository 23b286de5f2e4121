import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { MultilineText } from '../../kit/input-rules';
import { HousingAlertType } from '../housing-case/housing-case.entity';

@InputType({ description: 'What a landlord reports about one of its tenancies.' })
export class ReportHousingAlertInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'tenancyId must be a tenancy id' })
  tenancyId: string;

  @Field(() => HousingAlertType)
  type: HousingAlertType;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1, { message: 'arrearsEuros must be at least 1' })
  @Max(1_000_000, { message: 'arrearsEuros must be at most 1000000' })
  arrearsEuros?: number | null;

  @Field()
  @MultilineText()
  @Length(1, 1000, { message: 'description must be 1 to 1000 characters' })
  description: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
