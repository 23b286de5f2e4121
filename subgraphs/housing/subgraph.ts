import { familyKeyReference } from '../kit/bookings';
import type { SubgraphDefinition } from '../kit/server';
import { HousingFamilyResolver } from './family/family.resolver';
import { HousingCase } from './housing-case/housing-case.entity';
import { migrations } from './migrations';
import { seedHousing } from './seed';

export const housing: SubgraphDefinition = {
  name: 'housing',
  entities: [HousingCase],
  migrations,
  resolvers: [HousingFamilyResolver],
  references: { Family: familyKeyReference },
  seed: seedHousing,
};
