import { In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import type { SubgraphContext } from '../../kit/context';
import { badInput, conflict, notFound } from '../../kit/errors';
import { helsinkiToday } from '../../kit/date-time';
import { Companion } from '../companion/companion.entity';
import { coordinatorOrganisation } from '../coordinator/organisation';
import { MeetingAttendance, MeetingKind, SupervisionFeedback, VolunteerMeeting, Workload } from './meeting.entity';
import type { GiveSupervisionFeedbackInput, RecordVolunteerMeetingInput } from './meeting.input';

const yearBack = (date: string) => `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;

export interface FeedbackSummary {
  meetings: number;
  responses: number;
  averageUsefulness: number | null;
  averageFeelsSupported: number | null;
  workload: Record<Workload, number>;
  continuing: number;
}

/** Training sessions, supervision meetings and the companions' feedback on them. */
export class MeetingService {
  constructor(private readonly ctx: SubgraphContext) {}

  async record(input: RecordVolunteerMeetingInput): Promise<VolunteerMeeting> {
    const organisation = await coordinatorOrganisation(this.ctx);
    const today = helsinkiToday();
    if (input.heldOn > today || input.heldOn < yearBack(today)) throw badInput('heldOn must be today or earlier, at most a year back.', 'heldOn');
    const ids = input.attendance.map((a) => a.companionId);
    if (new Set(ids).size !== ids.length) throw badInput('attendance must name each companion once.', 'attendance');
    const { idempotencyKey, attendance, ...meeting } = input;
    const withAttendance = (tx: EntityManager, id: string) =>
      tx.getRepository(VolunteerMeeting).findOneOrFail({ where: { id }, relations: { attendance: { companion: true } } });
    return performWrite(this.ctx, Action.RecordVolunteerMeeting, { idempotency: { key: idempotencyKey, input, replay: withAttendance } }, async (tx) => {
      const own = await tx.getRepository(Companion).countBy({ id: In(ids), organisation });
      if (own !== ids.length) throw notFound('A companion of the attendance list');
      const saved = await tx.getRepository(VolunteerMeeting).save({ ...meeting, organisation });
      await tx.getRepository(MeetingAttendance).insert(attendance.map((a) => ({ meetingId: saved.id, companionId: a.companionId, attended: a.attended })));
      return withAttendance(tx, saved.id);
    });
  }

  /** Only after a supervision meeting the companion attended, once per meeting. */
  async feedback(input: GiveSupervisionFeedbackInput): Promise<SupervisionFeedback> {
    const { idempotencyKey, ...feedback } = input;
    const replay = (tx: EntityManager, id: string) => tx.getRepository(SupervisionFeedback).findOneByOrFail({ id });
    return performWrite(this.ctx, Action.GiveSupervisionFeedback, { idempotency: { key: idempotencyKey, input, replay } }, async (tx) => {
      const attended = await tx
        .getRepository(MeetingAttendance)
        .findOne({ where: { meetingId: input.meetingId, companionId: this.ctx.viewer.id, attended: true }, relations: { meeting: true } });
      if (!attended || attended.meeting.kind !== MeetingKind.SUPERVISION) throw notFound('A supervision meeting you attended');
      if (await tx.getRepository(SupervisionFeedback).existsBy({ meetingId: input.meetingId, companionId: this.ctx.viewer.id })) {
        throw conflict('You have already given feedback on this meeting.');
      }
      return tx.getRepository(SupervisionFeedback).save({ ...feedback, companionId: this.ctx.viewer.id });
    });
  }

  /** The organisation's meetings, newest first. */
  async ofOrganisation(organisation: string, kind?: MeetingKind | null): Promise<VolunteerMeeting[]> {
    return this.ctx.db.getRepository(VolunteerMeeting).find({
      where: { organisation, ...(kind && { kind }) },
      relations: { attendance: { companion: true } },
      order: { heldOn: 'DESC', id: 'ASC' },
      take: 200,
    });
  }

  /** One companion's attendance, for the companion themself or their coordinator. */
  async attendanceOf(companion: Companion): Promise<MeetingAttendance[]> {
    const own = this.ctx.viewer.hasRole('companion') && this.ctx.viewer.id === companion.id;
    if (!own && !(this.ctx.viewer.hasRole('volunteer-coordinator') && (await coordinatorOrganisation(this.ctx)) === companion.organisation)) return [];
    return this.ctx.db.getRepository(MeetingAttendance).find({ where: { companionId: companion.id }, relations: { meeting: true, companion: true } });
  }

  /** Aggregates only: a coordinator sees how supervision lands, not who said what. */
  async summary(organisation: string): Promise<FeedbackSummary> {
    const rows: Array<{
      meetings: string;
      responses: string;
      usefulness: string | null;
      supported: string | null;
      light_n: string;
      right_n: string;
      heavy_n: string;
      continuing: string;
    }> = await this.ctx.db.query(
      `SELECT count(DISTINCT m.id) AS meetings, count(f.id) AS responses, avg(f.usefulness)::float AS usefulness, avg(f."feelsSupported")::float AS supported,
                count(*) FILTER (WHERE f.workload = 'LIGHT') AS light_n, count(*) FILTER (WHERE f.workload = 'RIGHT') AS right_n,
                count(*) FILTER (WHERE f.workload = 'HEAVY') AS heavy_n, count(*) FILTER (WHERE f.continuing) AS continuing
           FROM volunteer_meeting m LEFT JOIN supervision_feedback f ON f."meetingId" = m.id
          WHERE m.organisation = $1 AND m.kind = 'SUPERVISION'`,
      [organisation],
    );
    const r = rows[0];
    const round = (v: string | null) => (v == null ? null : Math.round(Number(v) * 100) / 100);
    return {
      meetings: Number(r.meetings),
      responses: Number(r.responses),
      averageUsefulness: round(r.usefulness),
      averageFeelsSupported: round(r.supported),
      workload: { [Workload.LIGHT]: Number(r.light_n), [Workload.RIGHT]: Number(r.right_n), [Workload.HEAVY]: Number(r.heavy_n) },
      continuing: Number(r.continuing),
    };
  }
}
