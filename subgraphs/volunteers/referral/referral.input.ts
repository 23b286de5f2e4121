import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsUUID, Length, Matches } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { Availability, CompanionshipNeed } from '../matching/ranking';

@InputType({ description: 'A family worker refers a family to companionship.' })
export class ReferFamilyToCompanionshipInput {
  @Field(() => ID, { description: 'The family (a `Family` id).' })
  @IsUUID('all', { message: 'familyId must be a family id' })
  familyId: string;

  @Field(() => [String], { description: 'Languages the family speaks, 1 to 5 ISO 639-1 codes such as fi, sv, ar.' })
  @ArrayMinSize(1, { message: 'languages must name at least one language' })
  @ArrayMaxSize(5, { message: 'languages names at most 5 languages' })
  @ArrayUnique({ message: 'languages must name each language once' })
  @Matches(/^[a-z]{2}$/, { each: true, message: 'each language is a two-letter ISO 639-1 code, for example fi' })
  languages: string[];

  @Field({ description: 'The part of the municipality the family lives in, 1 to 60 characters, e.g. Itäinen.' })
  @Length(1, 60, { message: 'area must be 1 to 60 characters' })
  area: string;

  @Field(() => [Availability], { description: 'When the family would like to meet; may be empty.' })
  @ArrayUnique({ message: 'availability must name each time once' })
  availability: string[];

  @Field(() => [CompanionshipNeed], { description: 'What the family needs support with, at least one.' })
  @ArrayMinSize(1, { message: 'needs must name at least one need' })
  @ArrayUnique({ message: 'needs must name each need once' })
  needs: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
