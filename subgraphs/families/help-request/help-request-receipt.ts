import { Field, ID, ObjectType } from 'type-graphql';

/** All a caller without an account gets back: never the stored request itself. */
@ObjectType({ description: 'The receipt of an "ask for help" request.' })
export class HelpRequestReceipt {
  @Field(() => ID, { description: 'The request, to quote when contacting the family services.' })
  requestId: string;

  @Field(() => String, { description: 'The date (YYYY-MM-DD, Finnish time) by which a family worker answers: three working days after the request arrived.' })
  respondBy: string;

  @Field({ description: 'A confirmation to show to the person who asked.' })
  message: string;
}
