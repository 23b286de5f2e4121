import { ArrayMaxSize, IsEmail, IsInt, IsOptional, Length, Matches, Max, Min, ValidateIf } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { E164_PHONE, MultilineText } from '../../kit/input-rules';
import { ContactChannel } from './help-request.entity';

export const SITUATION_MAX_LENGTH = 4000;

@InputType({ description: 'An "ask for help" request: who to contact, how, and what the family is going through.' })
export class AskForHelpInput {
  @Field({ description: 'The name the person wants to be addressed by; 1 to 120 characters.' })
  @Length(1, 120, { message: 'name must be 1 to 120 characters' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Phone number in E.164 form, e.g. +358401234567. Give a phone number, an email address or both.' })
  @ValidateIf((input: AskForHelpInput) => input.phone != null || input.email == null)
  @Matches(E164_PHONE, { message: 'give a phone number in international E.164 form, for example +358401234567, or an email address' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Email address. Give a phone number, an email address or both.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an address like name@example.fi' })
  @Length(3, 254)
  email?: string | null;

  @Field(() => ContactChannel, {
    description: 'How the person wants to be contacted: a phone call or a text message needs a phone number, an email needs an email address.',
  })
  preferredChannel: ContactChannel;

  @Field({ description: `The family's situation in the person's own words; several lines allowed, 1 to ${SITUATION_MAX_LENGTH} characters.` })
  @MultilineText()
  @Length(1, SITUATION_MAX_LENGTH, { message: `situation must be 1 to ${SITUATION_MAX_LENGTH} characters` })
  situation: string;

  @Field(() => [Int], { description: "Each child's age in whole years, 0 to 17; empty when there are no children or they are not told." })
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  @Min(0, { each: true, message: 'a child is 0 to 17 years old' })
  @Max(17, { each: true, message: 'a child is 0 to 17 years old' })
  childrenAges: number[];

  @IdempotencyKeyField({ required: true })
  idempotencyKey: string;
}
