import type { EntityManager } from 'typeorm';
import type { DemoHelpFlow } from '../../demo/help';
import type { AgendaStatus } from '../kit/agenda';
import { insertInChunks } from '../kit/seed';
import { SocialOfficeAppointment } from './appointment/social-office-appointment.entity';
import { CaseWorker } from './appointment/social-office.entity';
import { FeedbackForm } from './feedback/feedback-form.entity';
import { NeedsAssessment } from './needs-assessment/needs-assessment.entity';
import { AgreedService } from './service-plan/agreed-service.entity';
import { ServicePlanBooking } from './service-plan/service-plan-booking.entity';
import { ServicePlan } from './service-plan/service-plan.entity';
import { ServicePlanGoal } from './service-plan/service-plan-goal.entity';
import { WorkUnitMember } from './work-unit/work-unit-member.entity';

/** The social office's slice of the demo help flow: assessments, plans, their bookings and feedback forms. */
export async function seedHelpFlow(tx: EntityManager, help: DemoHelpFlow): Promise<void> {
  await insertInChunks(tx, CaseWorker, help.caseWorkers);
  await insertInChunks(tx, WorkUnitMember, help.workUnitMembers);
  await insertInChunks(tx, NeedsAssessment, help.needsAssessments);
  await insertInChunks(tx, ServicePlan, help.servicePlans);
  await insertInChunks(tx, ServicePlanGoal, help.goals);
  await insertInChunks(tx, AgreedService, help.agreedServices);
  await insertInChunks(
    tx,
    SocialOfficeAppointment,
    help.planAppointments.map((a) => ({ ...a, status: a.status as AgendaStatus })),
  );
  await insertInChunks(tx, ServicePlanBooking, help.planBookings);
  await insertInChunks(tx, FeedbackForm, help.feedbackForms);
}
