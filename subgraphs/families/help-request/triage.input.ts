import { Field, ID, InputType } from 'type-graphql';
import { IdempotencyKeyField } from '../../kit/idempotency';
import { ContactChannel, FirstResponseOutcome } from './help-request.entity';

@InputType({ description: 'The first answer a family worker gave to a help request.' })
export class RespondToHelpRequestInput {
  @Field(() => ID, { description: 'The request answered.' })
  helpRequestId: string;

  @Field(() => ContactChannel, {
    description: 'How the family was answered; a phone call or text message needs the phone number the request gave, an email its address.',
  })
  channel: ContactChannel;

  @Field(() => Date, { description: 'When the answer was given: not before the request arrived, and not in the future.' })
  respondedAt: Date;

  @Field(() => FirstResponseOutcome, { description: 'What the answer came to.' })
  outcome: FirstResponseOutcome;
}

@InputType({ description: "Links a help request to a family's case: its open case, or a new one when it has none." })
export class LinkHelpRequestToCaseInput {
  @Field(() => ID, { description: 'The request to link.' })
  helpRequestId: string;

  @Field(() => ID, { description: 'The family the request is about, e.g. found with `searchFamilies`.' })
  familyId: string;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
