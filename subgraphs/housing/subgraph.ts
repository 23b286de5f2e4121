import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { HousingFamilyResolver } from './family/family.resolver';
import { HousingCase } from './housing-case/housing-case.entity';
import { LandlordResolver } from './tenancy/landlord.resolver';
import { HousingAlert, Tenancy } from './tenancy/tenancy.entity';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedHousing } from './seed';

export const housing: SubgraphDefinition = {
  name: 'housing',
  entities: [IdempotencyKey, HousingCase, Tenancy, HousingAlert],
  migrations,
  resolvers: [HousingFamilyResolver, LandlordResolver, accessLogResolver('housing', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedHousing,
};
