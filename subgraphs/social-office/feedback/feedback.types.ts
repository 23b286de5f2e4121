import { IsInt, Matches, Max, Min } from 'class-validator';
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../kit/date-time';
import { SupportService } from '../service-plan/support-service';
import { GoalsMet } from './feedback-form.entity';

export const FEEDBACK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{32,64}$/;

@InputType({ description: "A family's answers to the outcome follow-up form, sent with the form's one-time token." })
export class AnswerFeedbackInput {
  @Field({ description: 'The one-time token the family was given when the plan closed.' })
  @Matches(FEEDBACK_TOKEN_PATTERN, { message: 'token must be the 32 to 64 letters, digits, - or _ you were given' })
  token: string;

  @Field(() => Int, { description: 'How much the services helped the family: 1 (not at all) to 5 (very much).' })
  @IsInt()
  @Min(1, { message: 'helpfulness is 1 to 5' })
  @Max(5, { message: 'helpfulness is 1 to 5' })
  helpfulness: number;

  @Field(() => GoalsMet, { description: "Whether the family's goals were met." })
  goalsMet: GoalsMet;

  @Field({ description: 'Whether the family would recommend the services to a family in a similar situation.' })
  wouldRecommend: boolean;
}

@ObjectType({ description: 'The confirmation of a feedback answer.' })
export class FeedbackReceipt {
  @Field({ description: 'A thank-you to show to the family.' })
  message: string;
}

@ObjectType({ description: 'The outcome follow-up answers about one service, in aggregate.' })
export class ServiceFeedback {
  @Field(() => SupportService, { description: 'The service.' })
  service: SupportService;

  @Field(() => Int, { description: 'Forms sent for closed plans that agreed on this service.' })
  formsSent: number;

  @Field(() => Int, { description: 'Of those, forms answered.' })
  answered: number;

  @Field(() => Float, { nullable: true, description: 'Average helpfulness, 1 to 5; null without answers.' })
  averageHelpfulness: number | null;

  @Field(() => Int, { description: 'Answers saying the goals were met.' })
  goalsMet: number;

  @Field(() => Int, { description: 'Answers saying the goals were partly met.' })
  goalsPartlyMet: number;

  @Field(() => Int, { description: 'Answers saying the goals were not met.' })
  goalsNotMet: number;

  @Field(() => Int, { description: 'Answers that would recommend the service.' })
  wouldRecommend: number;
}

@ObjectType({ description: "The municipality's outcome follow-up for plans closed in a period, by service. Holds no family's data." })
export class FeedbackReport {
  @Field(() => LocalDateScalar, { description: 'The first day of the period (plans closed on or after it).' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'The last day of the period (inclusive).' })
  to: string;

  @Field(() => Int, { description: 'Forms sent in the period.' })
  formsSent: number;

  @Field(() => Int, { description: 'Forms answered.' })
  answered: number;

  @Field(() => [ServiceFeedback], { description: 'The answers by agreed service; a plan with several services counts in each.' })
  byService: ServiceFeedback[];
}
