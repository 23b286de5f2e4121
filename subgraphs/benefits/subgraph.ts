import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { BenefitApplication } from './application/benefit-application.entity';
import { BenefitApplicationResolver } from './application/benefit-application.resolver';
import { BenefitDecision } from './application/benefit-decision.entity';
import { HousingCaseRef } from './application/housing-case-ref';
import { BenefitsFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { HostCompensationAgreement, HostCompensationRule } from './host-compensation/host-compensation.entity';
import { HostMonth } from './host-compensation/host-compensation';
import { hostMonthReference, HostCompensationResolver } from './host-compensation/host-compensation.resolver';
import { migrations } from './migrations';
import { seedBenefits } from './seed';

export const benefits: SubgraphDefinition = {
  name: 'benefits',
  entities: [IdempotencyKey, BenefitApplication, BenefitDecision, HostCompensationRule, HostCompensationAgreement],
  migrations,
  resolvers: [BenefitsFamilyResolver, BenefitApplicationResolver, HostCompensationResolver, accessLogResolver('benefits', Family)],
  orphanedTypes: [Family, HousingCaseRef, HostMonth],
  references: { Family: familyKeyReference, HostMonth: hostMonthReference },
  seed: seedBenefits,
};
