import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { FamilyCase } from '../family-case/family-case.entity';
import { Family } from '../family/family.entity';
import { FamilyService } from '../family/family.service';
import { AskForHelpInput } from './ask-for-help.input';
import { FirstResponse, HelpRequest, HelpRequestStatus } from './help-request.entity';
import { HelpRequestReceipt } from './help-request-receipt';
import { HelpRequestService, isOverdue, statusOf } from './help-request.service';
import { LinkHelpRequestToCaseInput, RespondToHelpRequestInput } from './triage.input';

@Resolver(() => HelpRequest)
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

  @Query(() => [HelpRequest], {
    description:
      "The municipality's help requests for triage, the nearest `respondBy` first, so overdue ones lead. Family workers only (FORBIDDEN otherwise). Each read of a request linked to a family is logged in that family's access log.",
  })
  helpRequestQueue(
    @Arg('statuses', () => [HelpRequestStatus], {
      defaultValue: [HelpRequestStatus.NEW, HelpRequestStatus.RESPONDED],
      description: 'Which requests to list; by default those not yet linked to a case.',
    })
    statuses: HelpRequestStatus[],
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many, 1 to 200.' }) first: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HelpRequest[]> {
    return new HelpRequestService(ctx).queue(statuses, first);
  }

  @Performs(Action.RespondToHelpRequest)
  @Mutation(() => HelpRequest, {
    description: 'Records the first answer to a help request: channel, time and outcome. Recorded once; a second answer is a CONFLICT. Family workers only.',
  })
  respondToHelpRequest(
    @Arg('input', { description: 'The request and how it was answered.' }) input: RespondToHelpRequestInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HelpRequest> {
    return new HelpRequestService(ctx).respond(input);
  }

  @Performs(Action.LinkHelpRequestToCase)
  @Mutation(() => HelpRequest, {
    description:
      "Links a help request to the family's open case, or opens a case for the family when it has none. A request already linked to another family is a CONFLICT. Family workers only.",
  })
  linkHelpRequestToCase(
    @Arg('input', { description: 'The request and the family.' }) input: LinkHelpRequestToCaseInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<HelpRequest> {
    return new HelpRequestService(ctx).linkToCase(input);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => HelpRequestStatus, { description: 'Where the request stands in triage.' })
  status(@Root() request: HelpRequest): HelpRequestStatus {
    return statusOf(request);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => Boolean, { description: 'True when nobody has answered and `respondBy` (Finnish time) has passed.' })
  overdue(@Root() request: HelpRequest): boolean {
    return isOverdue(request);
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => FirstResponse, { nullable: true, description: 'The first answer; null while nobody has answered.' })
  firstResponse(@Root() r: HelpRequest): FirstResponse | null {
    return r.firstResponseAt
      ? { at: r.firstResponseAt, channel: r.firstResponseChannel!, outcome: r.firstResponseOutcome!, respondedBy: r.respondedBy! }
      : null;
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => Family, { nullable: true, description: 'The family the request was linked to; null until a family worker links it.' })
  family(@Root() r: HelpRequest, @Ctx() ctx: SubgraphContext): Promise<Family | null> | null {
    return r.familyId ? new FamilyService(ctx).reference(r.familyId) : null;
  }

  @Directive('@category(name: "notes")')
  @FieldResolver(() => FamilyCase, { nullable: true, description: "The family's case the request was linked to; null until then." })
  case(@Root() r: HelpRequest, @Ctx() ctx: SubgraphContext): Promise<FamilyCase | null> | null {
    return new HelpRequestService(ctx).caseOf(r);
  }
}

/** A guardian sees the family's own requests once linked; companions never do (they are case notes). */
@Resolver(() => Family)
export class HelpRequestFamilyResolver {
  @Directive('@category(name: "notes")')
  @FieldResolver(() => [HelpRequest], {
    description: "Help requests linked to the family, newest first. Empty without the `notes` grant (a guardian's own family, or a family worker).",
  })
  helpRequests(@Root() family: Family, @Ctx() ctx: SubgraphContext): Promise<HelpRequest[]> {
    return new HelpRequestService(ctx).byFamily(family.id);
  }
}
