import { accessLogResolver, familyKeyReference, type SubgraphDefinition } from '@rinnalla/subgraph-kit';
import { FamilyActivity } from './activity/family-activity.entity';
import { ParishFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedParishActivities } from './seed';

/** A partner's subgraph: the parish's family activities, in the companion's agenda and the guardian's access log. */
export const parishActivities: SubgraphDefinition = {
  name: 'parish-activities',
  entities: [FamilyActivity],
  migrations,
  resolvers: [ParishFamilyResolver, accessLogResolver('parish-activities', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedParishActivities,
};
