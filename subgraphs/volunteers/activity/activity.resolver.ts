import { Arg, Ctx, Directive, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Between, In } from 'typeorm';
import { Action, Performs } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiInstant, helsinkiToday, LocalDateScalar } from '../../kit/date-time';
import { badInput, forbidden } from '../../kit/errors';
import { manyEach } from '../../kit/loaders';
import { Family } from '../family/family';
import { meetingPlaceById } from '../meeting-place/meeting-place.loader';
import { MeetingPlace } from '../meeting-place/meeting-place.entity';
import { Activity, ActivitySignUp } from './activity.entity';
import { CreateActivityInput, RecordAttendanceInput, RecordHeadCountInput, SignUpForActivityInput } from './activity.input';
import { ActivityService } from './activity.service';

const DAY_MS = 86_400_000;

/** The programme holds no family data, yet only the public operations answer a caller without an account. */
function refuseAnonymous(ctx: SubgraphContext): void {
  if (ctx.viewer.hasRole('anonymous')) throw forbidden('Sign in to see the meeting places and activities.');
}
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

function signUpsByActivity(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ActivitySignUp[]>('ActivitySignUp.byActivity', async (ids) =>
    manyEach(ids, await ctx.db.getRepository(ActivitySignUp).find({ where: { activityId: In([...ids]) }, order: { createdAt: 'ASC' } }), (s) => s.activityId),
  );
}

@Resolver(() => MeetingPlace)
export class MeetingPlaceResolver {
  @Query(() => [MeetingPlace], { description: "The meeting places: living rooms and residents' rooms, with opening hours and partners present." })
  meetingPlaces(@Ctx() ctx: SubgraphContext): Promise<MeetingPlace[]> {
    refuseAnonymous(ctx);
    return ctx.db.getRepository(MeetingPlace).find({ order: { name: 'ASC' } });
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
    refuseAnonymous(ctx);
    const first = from ?? helsinkiToday();
    const last = to ?? plusDays(first, 60);
    if (last < first) throw badInput('to must not be before from.', 'to');
    if (last > plusDays(first, 92)) throw badInput('Ask for at most 92 days at a time.', 'to');
    return ctx.db.getRepository(Activity).find({
      where: { startsAt: Between(helsinkiInstant(first, '00:00'), helsinkiInstant(plusDays(last, 1), '00:00')) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  @FieldResolver(() => MeetingPlace, { nullable: true, description: 'The meeting place; null when the activity meets elsewhere (`meetingPoint`).' })
  place(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<MeetingPlace | null> | null {
    if (!activity.meetingPlaceId) return null;
    return meetingPlaceById(ctx).load(activity.meetingPlaceId);
  }

  @FieldResolver(() => Int, { description: 'Places still free; no family detail.' })
  async placesLeft(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<number> {
    const signUps = await signUpsByActivity(ctx).load(activity.id);
    return Math.max(0, activity.capacity - signUps.reduce((sum, s) => sum + s.participants, 0));
  }

  @Directive('@category(name: "bookings")')
  @FieldResolver(() => [ActivitySignUp], { description: 'Sign-ups of families the viewer may see the bookings of: a guardian the own, a family worker all.' })
  async signUps(@Root() activity: Activity, @Ctx() ctx: SubgraphContext): Promise<ActivitySignUp[]> {
    const signUps = await signUpsByActivity(ctx).load(activity.id);
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
