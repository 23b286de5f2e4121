import { In, IsNull, Not, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday, toHelsinkiIso } from '../../kit/date-time';
import { badInput, conflict, forbidden, notFound } from '../../kit/errors';
import { manyEach, oneEach } from '../../kit/loaders';
import { addWorkingDays } from '../../kit/working-days';
import { FamilyCase } from '../family-case/family-case.entity';
import { Family } from '../family/family.entity';
import type { AskForHelpInput } from './ask-for-help.input';
import { ContactChannel, HelpRequest, HelpRequestStatus } from './help-request.entity';
import { HelpRequestReceipt } from './help-request-receipt';
import type { LinkHelpRequestToCaseInput, RespondToHelpRequestInput } from './triage.input';

/** The municipality promises an answer within three working days. */
export const RESPONSE_WORKING_DAYS = 3;
/** How many requests one page of the triage queue holds at most. */
export const QUEUE_MAX = 200;
/** A clock a little ahead of the server's is not a false "in the future". */
const CLOCK_SKEW_MS = 5 * 60_000;

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

export function statusOf(request: HelpRequest): HelpRequestStatus {
  if (request.caseId) return HelpRequestStatus.IN_CASE;
  return request.firstResponseAt ? HelpRequestStatus.RESPONDED : HelpRequestStatus.NEW;
}

/** Unanswered after its last day (Finnish time). */
export const isOverdue = (request: HelpRequest, today = helsinkiToday()) => !request.firstResponseAt && request.respondBy < today;

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

  /**
   * The municipality's requests are its family workers' to triage: they hold the municipal grant on every family.
   * A request not yet linked names no family, so reading it logs nothing; a linked one logs a use of its family's data.
   */
  private assertTriage(): void {
    const basis = this.ctx.viewer.basisFor('*', 'notes');
    if (!this.ctx.viewer.hasRole('family-worker') || basis?.basis !== 'municipal-role') {
      throw forbidden("The help request queue is for the municipality's family workers.");
    }
  }

  /** Logs the use of each linked request's family; all of them are the viewer's by the municipal grant. */
  private logUse(requests: HelpRequest[]): HelpRequest[] {
    const families = requests.map((r) => r.familyId).filter((f): f is string => f !== null);
    this.ctx.access.permit('contact', families);
    this.ctx.access.permit('notes', families);
    return requests;
  }

  /** The triage queue: the given statuses, the nearest answer deadline first (overdue ones lead). */
  async queue(statuses: HelpRequestStatus[], first: number): Promise<HelpRequest[]> {
    this.assertTriage();
    if (!Number.isInteger(first) || first < 1 || first > QUEUE_MAX) throw badInput(`first must be 1 to ${QUEUE_MAX}.`, 'first');
    if (statuses.length === 0) return [];
    const where = statuses.map((s) =>
      s === HelpRequestStatus.NEW
        ? { firstResponseAt: IsNull(), caseId: IsNull() }
        : s === HelpRequestStatus.RESPONDED
          ? { firstResponseAt: Not(IsNull()), caseId: IsNull() }
          : { caseId: Not(IsNull()) },
    );
    const rows = await this.ctx.db.getRepository(HelpRequest).find({ where, order: { respondBy: 'ASC', receivedAt: 'ASC' }, take: first });
    return this.logUse(rows);
  }

  /** The requests linked to a family: its guardians and the municipality's family workers (`notes`) see them. */
  byFamily(familyId: string): Promise<HelpRequest[]> {
    if (!this.ctx.access.permit('notes', [familyId]).size) return Promise.resolve([]);
    return this.ctx.loaders
      .get<string, HelpRequest[]>('helpRequest.byFamily', async (ids) =>
        manyEach(
          ids,
          await this.ctx.db.getRepository(HelpRequest).find({ where: { familyId: In([...ids]) }, order: { receivedAt: 'DESC' } }),
          (r) => r.familyId!,
        ),
      )
      .load(familyId);
  }

  caseOf(request: HelpRequest): Promise<FamilyCase | null> | null {
    if (!request.caseId) return null;
    return this.ctx.loaders
      .get<string, FamilyCase | null>('familyCase.byId', async (ids) =>
        oneEach(ids, await this.ctx.db.getRepository(FamilyCase).findBy({ id: In([...ids]) }), (c) => c.id),
      )
      .load(request.caseId);
  }

  /** Records the first answer, once: a second is a CONFLICT naming when the first was given. */
  respond(input: RespondToHelpRequestInput): Promise<HelpRequest> {
    if (input.respondedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
      throw badInput('respondedAt is in the future: give the time the answer was given.', 'respondedAt');
    return performWrite(this.ctx, Action.RespondToHelpRequest, {}, async (tx, touch) => {
      const repo = tx.getRepository(HelpRequest);
      const request = await repo.findOne({ where: { id: input.helpRequestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('The help request');
      if (request.firstResponseAt) throw conflict(`This request was already answered at ${toHelsinkiIso(request.firstResponseAt)}.`);
      if (input.respondedAt < request.receivedAt) throw badInput('respondedAt is before the request arrived.', 'respondedAt');
      const needed = CHANNEL_NEEDS[input.channel];
      if (!request[needed]) throw badInput(`The request gave no ${needed === 'email' ? 'email address' : 'phone number'}: choose another channel.`, 'channel');
      request.firstResponseAt = input.respondedAt;
      request.firstResponseChannel = input.channel;
      request.firstResponseOutcome = input.outcome;
      request.respondedBy = this.ctx.viewer.id;
      if (request.familyId) touch(request.familyId);
      return repo.save(request);
    });
  }

  /** Links the request to the family's open case, opening one when there is none; a request stays with its first family. */
  linkToCase(input: LinkHelpRequestToCaseInput): Promise<HelpRequest> {
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(HelpRequest).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.LinkHelpRequestToCase, { families: [input.familyId], idempotency }, async (tx, touch) => {
      if (!(await tx.getRepository(Family).existsBy({ id: input.familyId }))) throw notFound('The family');
      const repo = tx.getRepository(HelpRequest);
      const request = await repo.findOne({ where: { id: input.helpRequestId }, lock: { mode: 'pessimistic_write' } });
      if (!request) throw notFound('The help request');
      if (request.caseId) {
        if (request.familyId === input.familyId) return request;
        throw conflict("This request is already linked to another family's case.");
      }
      const cases = tx.getRepository(FamilyCase);
      const open =
        (await cases.findOneBy({ familyId: input.familyId, closedAt: IsNull() })) ??
        (await cases.save(cases.create({ familyId: input.familyId, openedBy: this.ctx.viewer.id, closedAt: null })));
      request.familyId = input.familyId;
      request.caseId = open.id;
      touch(input.familyId);
      return repo.save(request);
    });
  }
}
