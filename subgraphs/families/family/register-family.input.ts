import { ArrayMaxSize, ArrayMinSize, IsEmail, IsOptional, Length, Matches, ValidateNested } from 'class-validator';
import { Field, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { E164_PHONE } from '../../kit/input-rules';
import { IsHetu } from '../person/is-hetu';
import { PersonRole } from '../person/person.entity';

@InputType({ description: 'A family member to register.' })
export class MemberInput {
  @Field(() => PersonRole, { description: 'GUARDIAN or CHILD.' })
  role: PersonRole;

  @Field({ description: 'First name, plain text.' })
  @Length(1, 100)
  firstName: string;

  @Field({ description: 'Last name, plain text.' })
  @Length(1, 100)
  lastName: string;

  @Field({ description: 'Personal identity code, validated with its check character.' })
  @IsHetu()
  hetu: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +358401234567.' })
  @IsOptional()
  @Matches(E164_PHONE, { message: 'phone must be in international E.164 form, for example +358401234567' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address, optional.' })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an address like name@example.fi' })
  @Length(3, 254)
  email?: string | null;
}

@InputType({ description: 'A new family, registered by a family worker.' })
export class RegisterFamilyInput {
  @Field({ description: 'How the family is addressed, e.g. "Virtanen family"; plain text.' })
  @Length(1, 120)
  displayName: string;

  @Field(() => String, { nullable: true, description: "The home's street address, optional." })
  @IsOptional()
  @Length(1, 200)
  address?: string | null;

  @Field(() => [MemberInput], { description: 'Guardians and children, 1 to 20. A HETU already registered, or given twice, is refused with CONFLICT.' })
  @ArrayMinSize(1, { message: 'a family needs at least one member' })
  @ArrayMaxSize(20)
  @ValidateNested()
  members: MemberInput[];

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
