import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import type { SubgraphDefinition } from '../kit/server';
import { BenefitApplication } from './application/benefit-application.entity';
import { BenefitsFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedBenefits } from './seed';

export const benefits: SubgraphDefinition = {
  name: 'benefits',
  entities: [BenefitApplication],
  migrations,
  resolvers: [BenefitsFamilyResolver, accessLogResolver('benefits', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedBenefits,
};
