import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { Family } from './family/family.entity';
import { familyReference, FamilyResolver } from './family/family.resolver';
import { guardianGrants } from './grants';
import { HelpRequest } from './help-request/help-request.entity';
import { HelpRequestResolver } from './help-request/help-request.resolver';
import { migrations } from './migrations';
import { Person } from './person/person.entity';
import { personReference, PersonResolver } from './person/person.resolver';
import { seedFamilies } from './seed';

export const families: SubgraphDefinition = {
  name: 'families',
  entities: [IdempotencyKey, Family, Person, HelpRequest],
  migrations,
  resolvers: [FamilyResolver, PersonResolver, HelpRequestResolver],
  references: { Family: familyReference, Person: personReference },
  seed: seedFamilies,
  grants: guardianGrants,
};
