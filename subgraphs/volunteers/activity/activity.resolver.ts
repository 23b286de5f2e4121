import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { LocalDateScalar } from '../../kit/date-time';
import { Family } from '../family/family';
import { meetingPlaceById } from '../meeting-place/meeting-place.loader';
import { MeetingPlace } from '../meeting-place/meeting-place.entity';
import { Activity, ActivitySignUp } from './activity.entity';
import { CreateActivityInput, RecordAttendanceInput, RecordHeadCountInput, SignUpForActivityInput } from './activity.input';
import { ActivityService } from './activity.service';

@Resolver(() => MeetingPlace)
export class MeetingPlaceResolver {
  @Query(() => [MeetingPlace], { description: "The meeting places: living rooms and residents' rooms, with opening hours and partners present." })
  meetingPlaces(@Ctx() ctx: SubgraphContext): Promise<MeetingPlace[]> {
    return new ActivityService(ctx).meetingPlaces();
  }
}

@Resolver(() => Activity)
export class ActivityResolver {
  @Query(() => [Activity], {
    description: 'Group activities from `from` to `to` (inclusive, at most 92 days), by start time. Default: today and the next 60 days.',
  })
  activities(
    @Arg('from', () => LocalDateScalar, { nullable: true, description: 'The first day; default today.' }) from: string | undefined,
    @Arg('to', () => LocalDateScalar, { nullable: true, description: 'The last day; default 60 days after `from`.' }) to: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Activity[]> {
    return new ActivityService(ctx).activities(from, to);
  }

  @FieldResolver(() => MeetingPlace, { nullable: true, description: 'The meeting place; null when the activity meets elsewhere (`meetingPoint`).' })
  place(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<MeetingPlace | null> | null {
    if (!activity.meetingPlaceId) return null;
    return meetingPlaceById(ctx).load(activity.meetingPlaceId);
  }

  @FieldResolver(() => Int, { description: 'Places still free; no family detail.' })
  async placesLeft(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<number> {
    const signUps = await new ActivityService(ctx).signUpsOf(activity.id);
    return Math.max(0, activity.capacity - signUps.reduce((sum, s) => sum + s.participants, 0));
  }

  @Directive('@category(name: "bookings")')
  @FieldResolver(() => [ActivitySignUp], { description: 'Sign-ups of families the viewer may see the bookings of: a guardian the own, a family worker all.' })
  async signUps(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<ActivitySignUp[]> {
    const signUps = await new ActivityService(ctx).signUpsOf(activity.id);
    const allowed = ctx.access.permit('bookings', new Set(signUps.map((s) => s.familyId)));
    return signUps.filter((s) => allowed.has(s.familyId));
  }

  @Performs(Action.CreateActivity)
  @Mutation(() => Activity, { description: "A family worker or a social host creates a group activity. A host leads it, within the host's scheduling rule." })
  createActivity(@Arg('input', { description: 'What, when, where and how many.' }) input: CreateActivityInput, @Ctx() ctx: SubgraphContext): Promise<Activity> {
    return new ActivityService(ctx).create(input);
  }

  @Performs(Action.SignUpForActivity)
  @Mutation(() => ActivitySignUp, { description: 'Signs a family up to an activity. A full activity is a CONFLICT with `extensions.reason` ACTIVITY_FULL.' })
  signUpForActivity(
    @Arg('input', { description: 'The activity, the family and how many take part.' }) input: SignUpForActivityInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ActivitySignUp> {
    return new ActivityService(ctx).signUp(input);
  }

  @Performs(Action.RecordAttendance)
  @Mutation(() => ActivitySignUp, { description: 'A family worker records whether a signed-up family came.' })
  recordAttendance(
    @Arg('input', { description: 'The sign-up and whether the family came.' }) input: RecordAttendanceInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ActivitySignUp> {
    return new ActivityService(ctx).recordAttendance(input);
  }

  @Performs(Action.RecordHeadCount)
  @Mutation(() => Activity, { description: 'Records an anonymous head count: a family worker, or the host who leads the activity.' })
  recordHeadCount(
    @Arg('input', { description: 'The activity and how many came.' }) input: RecordHeadCountInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Activity> {
    return new ActivityService(ctx).recordHeadCount(input);
  }
}

@Resolver(() => ActivitySignUp)
export class ActivitySignUpResolver {
  /** `signUps` already checked and logged the grant; a mutation's result is the write's own family. */
  @Directive('@category(name: "bookings")')
  @FieldResolver(() => Family, { description: 'The family signed up.' })
  family(@Root() signUp: ActivitySignUp): Family {
    return Object.assign(new Family(), { id: signUp.familyId });
  }
}
