import { Field, ID, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { IdempotencyKeyField } from '../../kit/idempotency';

@InputType({ description: 'A service need assessment to open, from a help request or a family case.' })
export class OpenNeedsAssessmentInput {
  @Field(() => ID, { description: 'The family assessed.' })
  familyId: string;

  @Field(() => ID, { nullable: true, description: 'The help request it starts from. Give this or `caseId`, not both.' })
  helpRequestId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The family case it starts from. Give this or `helpRequestId`, not both.' })
  caseId?: string | null;

  @Field(() => LocalDateScalar, {
    description: 'The day the family made contact (e.g. the day the help request arrived); not in the future, at most a year ago.',
  })
  contactedOn: string;

  @Field({ description: 'True for a child or another person needing special support: then the 7-working-day start and three-month completion apply.' })
  specialSupport: boolean;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the assessment started, if it has; not before contact, not in the future.' })
  startedOn?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}
