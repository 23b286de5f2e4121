import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { LocalDateScalar } from '../../kit/date-time';
import { FeedbackService } from './feedback.service';
import { AnswerFeedbackInput, FeedbackReceipt, FeedbackReport } from './feedback.types';

@Resolver()
export class FeedbackResolver {
  @Performs(Action.AnswerFeedback)
  @Mutation(() => FeedbackReceipt, {
    description:
      "The family's outcome follow-up, answered without signing in (no Authorization header) with the one-time token given when its plan closed. Works once: a second answer is a CONFLICT, an unknown token NOT_FOUND. Rate-limited per client address like askForHelp.",
  })
  answerFeedback(
    @Arg('input', { description: 'The token and the answers.' }) input: AnswerFeedbackInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FeedbackReceipt> {
    return new FeedbackService(ctx).answer(input);
  }

  @Query(() => FeedbackReport, {
    description:
      "The municipality's outcome follow-up: answers to the feedback forms of plans closed from `from` to `to` (at most two years), by service. Aggregates only. Family workers only.",
  })
  feedbackReport(
    @Arg('from', () => LocalDateScalar, { description: 'The first day of the period.' }) from: string,
    @Arg('to', () => LocalDateScalar, { description: 'The last day of the period (inclusive).' }) to: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<FeedbackReport> {
    return new FeedbackService(ctx).report(from, to);
  }
}
