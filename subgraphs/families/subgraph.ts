import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { Family } from './family/family.entity';
import { familyReference, FamilyResolver } from './family/family.resolver';
import { guardianGrants } from './grants';
import { HelpRequest } from './help-request/help-request.entity';
import { HelpRequestFamilyResolver, HelpRequestResolver } from './help-request/help-request.resolver';
import { FamilyCase } from './family-case/family-case.entity';
import { FamilySearchResolver } from './family-search/family-search.resolver';
import { migrations } from './migrations';
import { Person } from './person/person.entity';
import { personReference, PersonResolver } from './person/person.resolver';
import { seedFamilies } from './seed';

export const families: SubgraphDefinition = {
  name: 'families',
  entities: [IdempotencyKey, Family, Person, HelpRequest, FamilyCase],
  migrations,
  resolvers: [FamilyResolver, PersonResolver, HelpRequestResolver, HelpRequestFamilyResolver, FamilySearchResolver],
  references: { Family: familyReference, Person: personReference },
  seed: seedFamilies,
  grants: guardianGrants,
};
