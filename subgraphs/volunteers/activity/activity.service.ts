import { Between, In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiInstant, helsinkiToday } from '../../kit/date-time';
import { badInput, codedError, conflict, forbidden, notFound } from '../../kit/errors';
import { manyEach } from '../../kit/loaders';
import { SocialHost } from '../host/host-group.entity';
import { schedulingProblem } from '../host/schedule-rule';
import { MeetingPlace } from '../meeting-place/meeting-place.entity';
import { Activity, ActivitySignUp } from './activity.entity';
import {
  MAX_ACTIVITY_DAYS,
  type CreateActivityInput,
  type RecordAttendanceInput,
  type RecordHeadCountInput,
  type SignUpForActivityInput,
} from './activity.input';

const DAY_MS = 86_400_000;

/** Places taken on an activity, from its sign-ups. */
export async function placesTaken(tx: EntityManager, activityId: string): Promise<number> {
  const [row]: Array<{ taken: string | null }> = await tx.query(`SELECT SUM(participants)::text AS taken FROM activity_sign_up WHERE "activityId" = $1`, [
    activityId,
  ]);
  return Number(row?.taken ?? 0);
}

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

export class ActivityService {
  constructor(private readonly ctx: SubgraphContext) {}

  /** The programme holds no family data, yet only the public operations answer a caller without an account. */
  private refuseAnonymous(): void {
    if (this.ctx.viewer.hasRole('anonymous')) throw forbidden('Sign in to see the meeting places and activities.');
  }

  meetingPlaces(): Promise<MeetingPlace[]> {
    this.refuseAnonymous();
    return this.ctx.db.getRepository(MeetingPlace).find({ order: { name: 'ASC' } });
  }

  /** Activities starting from `from` to `to` (Helsinki days, inclusive, at most 92); default today and the next 60 days. */
  activities(from?: string, to?: string): Promise<Activity[]> {
    this.refuseAnonymous();
    const first = from ?? helsinkiToday();
    const last = to ?? plusDays(first, 60);
    if (last < first) throw badInput('to must not be before from.', 'to');
    if (last > plusDays(first, 92)) throw badInput('Ask for at most 92 days at a time.', 'to');
    return this.ctx.db.getRepository(Activity).find({
      where: { startsAt: Between(helsinkiInstant(first, '00:00'), helsinkiInstant(plusDays(last, 1), '00:00')) },
      order: { startsAt: 'ASC', id: 'ASC' },
    });
  }

  /** An activity's sign-ups, oldest first, one statement per batch of activities; the caller filters by grant. */
  signUpsOf(activityId: string): Promise<ActivitySignUp[]> {
    return this.ctx.loaders
      .get<string, ActivitySignUp[]>('ActivitySignUp.byActivity', async (ids) =>
        manyEach(
          ids,
          await this.ctx.db.getRepository(ActivitySignUp).find({ where: { activityId: In([...ids]) }, order: { createdAt: 'ASC' } }),
          (s) => s.activityId,
        ),
      )
      .load(activityId);
  }

  create(input: CreateActivityInput): Promise<Activity> {
    const { idempotencyKey: _key, ...activity } = input;
    if (input.startsAt.getTime() <= Date.now()) throw badInput('startsAt must be in the future.', 'startsAt');
    if (input.endsAt <= input.startsAt) throw badInput('endsAt must be after startsAt.', 'endsAt');
    if (input.endsAt.getTime() - input.startsAt.getTime() > MAX_ACTIVITY_DAYS * DAY_MS)
      throw badInput(`An activity lasts at most ${MAX_ACTIVITY_DAYS} days.`, 'endsAt');
    if (!input.meetingPlaceId === !input.meetingPoint) throw badInput('Give either meetingPlaceId or meetingPoint, not both.', 'meetingPlaceId');
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(Activity).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.CreateActivity, { idempotency }, async (tx) => {
      if (input.meetingPlaceId && !(await tx.getRepository(MeetingPlace).existsBy({ id: input.meetingPlaceId }))) throw notFound('The meeting place');
      let hostId: string | null = null;
      if (!this.ctx.viewer.hasRole('family-worker')) {
        // A host leads the activity: its time must respect the host's employment.
        const host = await tx.getRepository(SocialHost).findOneBy({ id: this.ctx.viewer.id });
        if (!host) throw forbidden('Only a registered social host or a family worker organises activities.');
        const problem = schedulingProblem(host.employment, input.startsAt, input.endsAt);
        if (problem) throw codedError('BAD_USER_INPUT', problem.message, { field: 'startsAt', rule: problem.rule });
        hostId = host.id;
      }
      return tx.getRepository(Activity).save({
        ...activity,
        meetingPlaceId: input.meetingPlaceId ?? null,
        meetingPoint: input.meetingPoint ?? null,
        organiserId: this.ctx.viewer.id,
        hostId,
        headCount: null,
      });
    });
  }

  /** Sign-ups to one activity are serialised by a lock on its row, so capacity holds under concurrent sign-ups. */
  signUp(input: SignUpForActivityInput): Promise<ActivitySignUp> {
    const { idempotencyKey: _key, ...signUp } = input;
    const idempotency = {
      key: input.idempotencyKey,
      input,
      replay: (tx: EntityManager, id: string) => tx.getRepository(ActivitySignUp).findOneByOrFail({ id }),
    };
    return performWrite(this.ctx, Action.SignUpForActivity, { families: [input.familyId], idempotency }, async (tx) => {
      const activity = await tx.getRepository(Activity).findOne({ where: { id: input.activityId }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw notFound('The activity');
      if (activity.startsAt.getTime() <= Date.now()) throw badInput('The activity has already started: sign-ups are closed.', 'activityId');
      if (await tx.getRepository(ActivitySignUp).existsBy({ activityId: activity.id, familyId: input.familyId })) {
        throw conflict('The family is already signed up to this activity.');
      }
      const left = activity.capacity - (await placesTaken(tx, activity.id));
      if (input.participants > left) {
        throw codedError('CONFLICT', left > 0 ? `Only ${left} places are left.` : 'The activity is full.', {
          reason: 'ACTIVITY_FULL',
          placesLeft: Math.max(0, left),
        });
      }
      return tx.getRepository(ActivitySignUp).save({ ...signUp, signedUpBy: this.ctx.viewer.id, attended: null });
    });
  }

  async recordAttendance(input: RecordAttendanceInput): Promise<ActivitySignUp> {
    const found = await this.ctx.db.getRepository(ActivitySignUp).findOneBy({ id: input.signUpId });
    if (!found) throw notFound('The sign-up');
    return performWrite(this.ctx, Action.RecordAttendance, { families: [found.familyId] }, async (tx) => {
      const activity = await tx.getRepository(Activity).findOneByOrFail({ id: found.activityId });
      if (activity.startsAt.getTime() > Date.now()) throw badInput('Attendance is recorded once the activity has started.', 'signUpId');
      await tx.getRepository(ActivitySignUp).update({ id: found.id }, { attended: input.attended });
      return tx.getRepository(ActivitySignUp).findOneByOrFail({ id: found.id });
    });
  }

  recordHeadCount(input: RecordHeadCountInput): Promise<Activity> {
    return performWrite(this.ctx, Action.RecordHeadCount, {}, async (tx) => {
      const activity = await tx.getRepository(Activity).findOne({ where: { id: input.activityId }, lock: { mode: 'pessimistic_write' } });
      if (!activity) throw notFound('The activity');
      if (!this.ctx.viewer.hasRole('family-worker') && activity.hostId !== this.ctx.viewer.id)
        throw forbidden('A host counts heads only at activities the host leads.');
      if (activity.startsAt.getTime() > Date.now()) throw badInput('Heads are counted once the activity has started.', 'activityId');
      activity.headCount = input.headCount;
      return tx.getRepository(Activity).save(activity);
    });
  }
}
