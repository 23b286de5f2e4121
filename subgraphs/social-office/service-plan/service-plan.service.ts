import { In, type EntityManager } from 'typeorm';
import { Action, performWrite } from '../../kit/actions';
import { AgendaStatus } from '../../kit/agenda';
import type { SubgraphContext } from '../../kit/context';
import { helsinkiToday } from '../../kit/date-time';
import { badInput, conflict, notFound } from '../../kit/errors';
import { manyEach, oneEach } from '../../kit/loaders';
import { SocialOfficeAppointment } from '../appointment/social-office-appointment.entity';
import { CaseWorker, SocialOffice } from '../appointment/social-office.entity';
import { createFeedbackForm } from '../feedback/feedback.service';
import { NeedsAssessment } from '../needs-assessment/needs-assessment.entity';
import { AgreedService } from './agreed-service.entity';
import { ServicePlanBooking } from './service-plan-booking.entity';
import { ServicePlan, ServicePlanStatus } from './service-plan.entity';
import { ServicePlanGoal } from './service-plan-goal.entity';
import type { BookServicePlanAppointmentInput, CloseServicePlanInput, WriteServicePlanInput } from './service-plan.input';
import { SUPPORT_SERVICE_LABELS } from './support-service';

const MAX_APPOINTMENT_MS = 8 * 3_600_000;

/** What closing a plan gives back once: the plan, and the feedback token to hand to the family. */
export interface ServicePlanClosingResult {
  id: string;
  plan: ServicePlan;
  feedbackToken: string;
}

export class ServicePlanService {
  constructor(private readonly ctx: SubgraphContext) {}

  private load<K, V>(name: string, batch: (keys: readonly K[]) => Promise<V[]>) {
    return this.ctx.loaders.get<K, V>(name, batch);
  }

  private get byId() {
    return this.load<string, ServicePlan | null>('servicePlan.byId', async (ids) =>
      oneEach(ids, await this.ctx.db.getRepository(ServicePlan).findBy({ id: In([...ids]) }), (p) => p.id),
    );
  }

  /** A plan for `_entities` (another service links to it): only for a viewer with the `notes` grant on its family. */
  async reference(id: string): Promise<ServicePlan | null> {
    const plan = await this.byId.load(id);
    return plan && this.ctx.access.permit('notes', [plan.familyId]).size ? plan : null;
  }

  byFamily(familyId: string): Promise<ServicePlan[]> {
    if (!this.ctx.access.permit('notes', [familyId]).size) return Promise.resolve([]);
    return this.load<string, ServicePlan[]>('servicePlan.byFamily', async (ids) =>
      manyEach(ids, await this.ctx.db.getRepository(ServicePlan).find({ where: { familyId: In([...ids]) }, order: { writtenOn: 'DESC' } }), (p) => p.familyId),
    ).load(familyId);
  }

  goals(planId: string): Promise<ServicePlanGoal[]> {
    return this.load<string, ServicePlanGoal[]>('servicePlanGoal.byPlan', async (ids) =>
      manyEach(ids, await this.ctx.db.getRepository(ServicePlanGoal).find({ where: { planId: In([...ids]) }, order: { position: 'ASC' } }), (g) => g.planId),
    ).load(planId);
  }

  services(planId: string): Promise<AgreedService[]> {
    return this.load<string, AgreedService[]>('agreedService.byPlan', async (ids) =>
      manyEach(ids, await this.ctx.db.getRepository(AgreedService).findBy({ planId: In([...ids]) }), (s) => s.planId),
    ).load(planId);
  }

  /** Appointments booked from the plan, oldest first; one statement per batch of plans. */
  appointments(planId: string): Promise<SocialOfficeAppointment[]> {
    return this.load<string, SocialOfficeAppointment[]>('servicePlan.appointments', async (ids) => {
      const bookings = await this.ctx.db.getRepository(ServicePlanBooking).findBy({ planId: In([...ids]) });
      const appointments = bookings.length
        ? await this.ctx.db.getRepository(SocialOfficeAppointment).find({
            where: { id: In(bookings.map((b) => b.appointmentId)) },
            relations: { office: true, caseWorker: true },
            order: { startsAt: 'ASC' },
          })
        : [];
      const planOf = new Map(bookings.map((b) => [b.appointmentId, b.planId]));
      return manyEach(ids, appointments, (a) => planOf.get(a.id)!);
    }).load(planId);
  }

  write(input: WriteServicePlanInput): Promise<ServicePlan> {
    const today = helsinkiToday();
    input.reviewDates.forEach((date, i) => {
      if (date < today) throw badInput('Review dates are from today on.', 'reviewDates');
      if (i > 0 && date <= input.reviewDates[i - 1]) throw badInput('Give review dates in order, each later than the one before.', 'reviewDates');
    });
    if (new Set(input.participantIds).size !== input.participantIds.length) throw badInput('A participant is named twice.', 'participantIds');
    const idempotency = { key: input.idempotencyKey, input, replay: (tx: EntityManager, id: string) => tx.getRepository(ServicePlan).findOneByOrFail({ id }) };
    return performWrite(this.ctx, Action.WriteServicePlan, { families: [input.familyId], idempotency }, async (tx) => {
      const workers = [...new Set(input.services.map((s) => s.responsibleWorkerId))];
      if (workers.length && (await tx.getRepository(CaseWorker).countBy({ id: In(workers) })) !== workers.length) {
        throw badInput('A responsible worker is not a worker of the social office.', 'services');
      }
      if (input.assessmentId && !(await tx.getRepository(NeedsAssessment).existsBy({ id: input.assessmentId, familyId: input.familyId }))) {
        throw badInput("assessmentId is not one of this family's assessments.", 'assessmentId');
      }
      const plan = await tx.getRepository(ServicePlan).save(
        tx.getRepository(ServicePlan).create({
          familyId: input.familyId,
          caseId: input.caseId ?? null,
          assessmentId: input.assessmentId ?? null,
          status: ServicePlanStatus.ACTIVE,
          writtenOn: today,
          closedOn: null,
          participantIds: input.participantIds,
          reviewDates: input.reviewDates,
          responsibleWorkerId: this.ctx.viewer.id,
        }),
      );
      await tx
        .getRepository(ServicePlanGoal)
        .insert(input.goals.map((g, position) => ({ planId: plan.id, position, description: g.description, status: g.status })));
      if (input.services.length) {
        await tx
          .getRepository(AgreedService)
          .insert(input.services.map((s) => ({ planId: plan.id, service: s.service, details: s.details ?? null, responsibleWorkerId: s.responsibleWorkerId })));
      }
      return plan;
    });
  }

  /** An active plan, locked for the write; its family is logged with the write. */
  private async activePlan(tx: EntityManager, planId: string, touch: (familyId: string) => void): Promise<ServicePlan> {
    const plan = await tx.getRepository(ServicePlan).findOne({ where: { id: planId }, lock: { mode: 'pessimistic_write' } });
    if (!plan) throw notFound('The service plan');
    touch(plan.familyId); // checked against the rule before anything commits
    if (plan.status !== ServicePlanStatus.ACTIVE) throw conflict('The service plan is closed.');
    return plan;
  }

  /** Books a social office appointment for an agreed service: it shows in the family's agenda like any other. */
  book(input: BookServicePlanAppointmentInput): Promise<SocialOfficeAppointment> {
    if (input.startsAt.getTime() <= Date.now()) throw badInput('startsAt is in the past: book a time to come.', 'startsAt');
    if (input.endsAt <= input.startsAt || input.endsAt.getTime() - input.startsAt.getTime() > MAX_APPOINTMENT_MS) {
      throw badInput('endsAt must be after startsAt, and at most 8 hours later.', 'endsAt');
    }
    const idempotency = {
      key: input.idempotencyKey,
      input,
      replay: (tx: EntityManager, id: string) =>
        tx.getRepository(SocialOfficeAppointment).findOneOrFail({ where: { id }, relations: { office: true, caseWorker: true } }),
    };
    return performWrite(this.ctx, Action.BookServicePlanAppointment, { idempotency }, async (tx, touch) => {
      const plan = await this.activePlan(tx, input.planId, touch);
      const service = await tx.getRepository(AgreedService).findOneBy({ id: input.agreedServiceId, planId: plan.id });
      if (!service) throw badInput("agreedServiceId is not one of this plan's agreed services.", 'agreedServiceId');
      if (!(await tx.getRepository(SocialOffice).existsBy({ id: input.officeId }))) throw badInput('officeId is not a social office.', 'officeId');
      const repo = tx.getRepository(SocialOfficeAppointment);
      const saved = await repo.save(
        repo.create({
          familyId: plan.familyId,
          officeId: input.officeId,
          caseWorkerId: service.responsibleWorkerId,
          purpose: `Service plan: ${SUPPORT_SERVICE_LABELS[service.service]}`.slice(0, 120),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          status: AgendaStatus.BOOKED,
        }),
      );
      await tx.getRepository(ServicePlanBooking).insert({ appointmentId: saved.id, planId: plan.id, agreedServiceId: service.id });
      return repo.findOneOrFail({ where: { id: saved.id }, relations: { office: true, caseWorker: true } });
    });
  }

  /** Closes the plan and creates the family's feedback form; the token is given back this once. */
  async close(input: CloseServicePlanInput): Promise<ServicePlanClosingResult> {
    return performWrite(this.ctx, Action.CloseServicePlan, {}, async (tx, touch) => {
      const plan = await this.activePlan(tx, input.planId, touch);
      plan.status = ServicePlanStatus.CLOSED;
      plan.closedOn = helsinkiToday();
      const saved = await tx.getRepository(ServicePlan).save(plan);
      const services = (await tx.getRepository(AgreedService).findBy({ planId: plan.id })).map((s) => s.service);
      const feedbackToken = await createFeedbackForm(tx, plan.id, services, plan.closedOn);
      return { id: plan.id, plan: saved, feedbackToken };
    });
  }
}
