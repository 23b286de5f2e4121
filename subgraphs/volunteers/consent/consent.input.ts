import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { LocalDateScalar } from '../../kit/date-time';
import { COMPANION_CATEGORIES } from '../grants';

@InputType({ description: "A guardian's consent for a companion to see named data categories of the family." })
export class GrantConsentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => [String], { description: `Any of: ${COMPANION_CATEGORIES.join(', ')}.` })
  @ArrayMinSize(1, { message: 'scopes must name at least one data category' })
  @ArrayMaxSize(COMPANION_CATEGORIES.length)
  @ArrayUnique({ message: 'scopes must name each data category once' })
  @IsIn(COMPANION_CATEGORIES, { each: true, message: `each scope must be one of ${COMPANION_CATEGORIES.join(', ')}` })
  scopes: string[];

  @Field(() => LocalDateScalar, { description: 'The last day the consent is valid; at most a year ahead.' })
  validUntil: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A volunteer coordinator matches a companion with a family.' })
export class AssignCompanionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
