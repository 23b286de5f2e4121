import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { Companion, CompanionAssignment } from './companion/companion.entity';
import { Consent } from './consent/consent.entity';
import { ConsentResolver } from './consent/consent.resolver';
import { CompanionResolver, VolunteersFamilyResolver } from './family/family.resolver';
import { volunteerGrants } from './grants';
import { HostGroup, HostGroupMember, SocialHost } from './host/host-group.entity';
import { HostGroupResolver } from './host/host-group.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedVolunteers } from './seed';

export const volunteers: SubgraphDefinition = {
  name: 'volunteers',
  entities: [IdempotencyKey, Companion, CompanionAssignment, Consent, SocialHost, HostGroup, HostGroupMember],
  migrations,
  resolvers: [VolunteersFamilyResolver, CompanionResolver, ConsentResolver, HostGroupResolver, accessLogResolver('volunteers', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedVolunteers,
  grants: volunteerGrants,
};
