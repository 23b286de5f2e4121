import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { AskForHelpInput } from './ask-for-help.input';
import { HelpRequestReceipt } from './help-request-receipt';
import { HelpRequestService } from './help-request.service';

@Resolver()
export class HelpRequestResolver {
  @Performs(Action.AskForHelp)
  @Mutation(() => HelpRequestReceipt, {
    description:
      'The 24/7 "ask for help" button: sent without signing in (no Authorization header). A family worker answers within three working days. Rate-limited per client address (RATE_LIMITED with retryAfterSeconds).',
  })
  askForHelp(
    @Arg('input', { description: 'Who to contact, how, and the situation.' }) input: AskForHelpInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HelpRequestReceipt> {
    return new HelpRequestService(ctx).ask(input);
  }
}
