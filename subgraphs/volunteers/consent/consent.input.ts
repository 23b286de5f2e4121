import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsUUID } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DataCategory } from '../../kit/access-log/access-log-entry';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { LocalDateScalar } from '../../kit/date-time';
import { COMPANION_CATEGORIES } from '../grants';

/** The GraphQL names of the categories a companion may be given, e.g. BOOKINGS. */
const SCOPE_NAMES = Object.keys(DataCategory)
  .filter((name) => (COMPANION_CATEGORIES as string[]).includes(DataCategory[name]))
  .join(', ');

@InputType({ description: "A guardian's consent for a companion to see named data categories of the family." })
export class GrantConsentInput {
  @Field(() => ID, { description: "The guardian's own family (a `Family` id)." })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'The companion assigned to the family (a `Companion` id).' })
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => [DataCategory], {
    description: `The data categories the companion may see; any of ${SCOPE_NAMES}. Other categories are refused with BAD_USER_INPUT.`,
  })
  @ArrayMinSize(1, { message: 'scopes must name at least one data category' })
  @ArrayMaxSize(COMPANION_CATEGORIES.length)
  @ArrayUnique({ message: 'scopes must name each data category once' })
  @IsIn(COMPANION_CATEGORIES, { each: true, message: `each scope must be one of ${SCOPE_NAMES}` })
  scopes: string[];

  @Field(() => LocalDateScalar, { description: 'The last day the consent is valid; at most a year ahead.' })
  validUntil: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A volunteer coordinator matches a companion with a family.' })
export class AssignCompanionInput {
  @Field(() => ID, { description: 'The family to match (a `Family` id).' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'The companion to assign (a `Companion` id).' })
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => LocalDateScalar, { description: 'The first day of the companionship.' })
  startsOn: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
