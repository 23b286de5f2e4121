import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { SocialOfficeAppointment } from './appointment/social-office-appointment.entity';
import { CaseWorker, SocialOffice } from './appointment/social-office.entity';
import { FeedbackForm } from './feedback/feedback-form.entity';
import { FeedbackResolver } from './feedback/feedback.resolver';
import { SocialOfficeAppointmentResolver, SocialOfficeFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { NeedsAssessment } from './needs-assessment/needs-assessment.entity';
import { NeedsAssessmentFamilyResolver, NeedsAssessmentResolver } from './needs-assessment/needs-assessment.resolver';
import { seedSocialOffice } from './seed';
import { AgreedService } from './service-plan/agreed-service.entity';
import { PersonReference } from './service-plan/person';
import { ServicePlanBooking } from './service-plan/service-plan-booking.entity';
import { ServicePlan } from './service-plan/service-plan.entity';
import { ServicePlanGoal } from './service-plan/service-plan-goal.entity';
import { AgreedServiceResolver, ServicePlanFamilyResolver, ServicePlanResolver, servicePlanReference } from './service-plan/service-plan.resolver';
import { WorkUnitMember } from './work-unit/work-unit-member.entity';

export const socialOffice: SubgraphDefinition = {
  name: 'social-office',
  entities: [
    SocialOffice,
    CaseWorker,
    SocialOfficeAppointment,
    IdempotencyKey,
    WorkUnitMember,
    NeedsAssessment,
    ServicePlan,
    ServicePlanGoal,
    AgreedService,
    ServicePlanBooking,
    FeedbackForm,
  ],
  migrations,
  resolvers: [
    SocialOfficeFamilyResolver,
    SocialOfficeAppointmentResolver,
    accessLogResolver('social-office', Family),
    NeedsAssessmentResolver,
    NeedsAssessmentFamilyResolver,
    ServicePlanResolver,
    AgreedServiceResolver,
    ServicePlanFamilyResolver,
    FeedbackResolver,
  ],
  orphanedTypes: [Family, PersonReference],
  references: { Family: familyKeyReference, ServicePlan: servicePlanReference },
  seed: seedSocialOffice,
};
