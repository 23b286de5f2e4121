import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { HousingFamilyResolver } from './family/family.resolver';
import { Eviction } from './housing-case/eviction.entity';
import { HomeVisit } from './housing-case/home-visit.entity';
import { HousingCase } from './housing-case/housing-case.entity';
import { HomeVisitResolver, HousingCaseResolver, housingCaseReference } from './housing-case/housing-case.resolver';
import { HousingCounsellor } from './housing-case/housing-counsellor.entity';
import { HousingFollowUp } from './housing-case/housing-follow-up.entity';
import { HousingReferral } from './housing-case/housing-referral.entity';
import { ServicePlan } from './housing-case/service-plan';
import { HousingOutcomesResolver } from './outcomes/housing-outcomes.resolver';
import { LandlordResolver } from './tenancy/landlord.resolver';
import { HousingAlert } from './tenancy/housing-alert.entity';
import { Tenancy } from './tenancy/tenancy.entity';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedHousing } from './seed';

export const housing: SubgraphDefinition = {
  name: 'housing',
  entities: [IdempotencyKey, HousingCase, Tenancy, HousingAlert, HomeVisit, HousingReferral, HousingFollowUp, Eviction, HousingCounsellor],
  migrations,
  resolvers: [HousingFamilyResolver, LandlordResolver, HousingCaseResolver, HomeVisitResolver, HousingOutcomesResolver, accessLogResolver('housing', Family)],
  orphanedTypes: [Family, ServicePlan],
  references: { Family: familyKeyReference, HousingCase: housingCaseReference },
  seed: seedHousing,
};
