import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';

/** All a caller without an account gets back: never the stored request itself. */
@ObjectType({ description: 'The receipt of an "ask for help" request.' })
export class HelpRequestReceipt {
  @Field(() => ID, { description: 'The request, to quote when contacting the family services.' })
  requestId: string;

  @Field(() => LocalDateScalar, { description: 'The date (Finnish time) by which a family worker answers: three working days after the request arrived.' })
  respondBy: string;

  @Field({ description: 'A confirmation to show to the person who asked.' })
  message: string;
}
