import type { EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday } from '../../kit/date-time';
import { badInput } from '../../kit/errors';
import { addWorkingDays } from '../../kit/working-days';
import type { AskForHelpInput } from './ask-for-help.input';
import { ContactChannel, HelpRequest } from './help-request.entity';
import { HelpRequestReceipt } from './help-request-receipt';

/** The municipality promises an answer within three working days. */
export const RESPONSE_WORKING_DAYS = 3;

const CHANNEL_NEEDS: Record<ContactChannel, 'phone' | 'email'> = {
  [ContactChannel.PHONE]: 'phone',
  [ContactChannel.TEXT_MESSAGE]: 'phone',
  [ContactChannel.EMAIL]: 'email',
};

function receipt(request: HelpRequest): HelpRequestReceipt {
  return {
    requestId: request.id,
    respondBy: request.respondBy,
    message: `Thank you. Your request has arrived. A family worker will contact you at the latest on ${request.respondBy}.`,
  };
}

export class HelpRequestService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** Stores the request with its answer deadline; a retry with the same key returns the first receipt. */
  async ask(input: AskForHelpInput): Promise<HelpRequestReceipt> {
    const needed = CHANNEL_NEEDS[input.preferredChannel];
    if (!input[needed])
      throw badInput(
        `To be contacted by ${input.preferredChannel === ContactChannel.EMAIL ? 'email' : 'phone or text message'}, give your ${needed === 'email' ? 'email address' : 'phone number'}.`,
        needed,
      );
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HelpRequest).findOneByOrFail({ id }) };
    const stored = await performWrite(this.ctx, Action.AskForHelp, { idempotency }, async (tx) => {
      const receivedAt = new Date();
      const repo = tx.getRepository(HelpRequest);
      return repo.save(
        repo.create({
          contactName: input.name,
          phone: input.phone ?? null,
          email: input.email ?? null,
          preferredChannel: input.preferredChannel,
          situation: input.situation,
          childrenAges: input.childrenAges,
          receivedAt,
          respondBy: addWorkingDays(helsinkiToday(receivedAt), RESPONSE_WORKING_DAYS),
        }),
      );
    });
    return receipt(stored);
  }
}
