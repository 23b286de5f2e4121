import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import type { SubgraphDefinition } from '../kit/server';
import { BenefitApplication } from './application/benefit-application.entity';
import { BenefitsFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { HostCompensationAgreement, HostCompensationRule } from './host-compensation/host-compensation.entity';
import { HostMonth } from './host-compensation/host-compensation';
import { hostMonthReference, HostCompensationResolver } from './host-compensation/host-compensation.resolver';
import { migrations } from './migrations';
import { seedBenefits } from './seed';

export const benefits: SubgraphDefinition = {
  name: 'benefits',
  entities: [BenefitApplication, HostCompensationRule, HostCompensationAgreement],
  migrations,
  resolvers: [BenefitsFamilyResolver, HostCompensationResolver, accessLogResolver('benefits', Family)],
  orphanedTypes: [Family, HostMonth],
  references: { Family: familyKeyReference, HostMonth: hostMonthReference },
  seed: seedBenefits,
};
