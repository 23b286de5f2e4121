import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsIn, IsOptional, IsUUID } from 'class-validator';
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

@InputType({ description: "A volunteer coordinator proposes one of the own organisation's companions to a family; a guardian's consent makes it active." })
export class AssignCompanionInput {
  @Field(() => ID, { description: 'The family to match (a `Family` id).' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => ID, { description: 'The companion to assign (a `Companion` id).' })
  @IsUUID('all', { message: 'companionId must be a companion id' })
  companionId: string;

  @Field(() => LocalDateScalar, { description: 'The first day of the companionship; it starts no earlier than the day a guardian consents.' })
  startsOn: string;

  @Field(() => ID, { nullable: true, description: 'The referral this proposal answers (a `CompanionReferral` id), if any; it must be of the same family.' })
  @IsOptional()
  @IsUUID('all', { message: 'referralId must be a referral id' })
  referralId?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@InputType({ description: 'A guardian extends a consent that is active or has ended (not a revoked one).' })
export class RenewConsentInput {
  @Field(() => ID, { description: 'The consent (`Consent.id`, e.g. from `Family.consents`).' })
  @IsUUID('all', { message: 'consentId must be a consent id' })
  consentId: string;

  @Field(() => LocalDateScalar, { description: 'The new last valid day: today or later, at most a year ahead.' })
  validUntil: string;
}
