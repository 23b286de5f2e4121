import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { SupervisionFeedback, VolunteerMeeting } from './meeting.entity';
import { GiveSupervisionFeedbackInput, RecordVolunteerMeetingInput } from './meeting.input';
import { MeetingService } from './meeting.service';

@Resolver(() => VolunteerMeeting)
export class VolunteerMeetingResolver {
  @Performs(Action.RecordVolunteerMeeting)
  @Mutation(() => VolunteerMeeting, {
    description: "A coordinator records a training session or supervision meeting of the own organisation's companions, with attendance.",
  })
  recordVolunteerMeeting(
    @Arg('input', { description: 'Kind, day, topic and who attended.' }) input: RecordVolunteerMeetingInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<VolunteerMeeting> {
    return new MeetingService(ctx).record(input);
  }

  @Performs(Action.GiveSupervisionFeedback)
  @Mutation(() => SupervisionFeedback, { description: 'A companion gives short, structured feedback on a supervision meeting they attended, once.' })
  giveSupervisionFeedback(
    @Arg('input', { description: 'The meeting and the answers.' }) input: GiveSupervisionFeedbackInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SupervisionFeedback> {
    return new MeetingService(ctx).feedback(input);
  }
}
