import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import type { SubgraphDefinition } from '../kit/server';
import { SocialOfficeAppointment } from './appointment/social-office-appointment.entity';
import { CaseWorker, SocialOffice } from './appointment/social-office.entity';
import { SocialOfficeAppointmentResolver, SocialOfficeFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedSocialOffice } from './seed';

export const socialOffice: SubgraphDefinition = {
  name: 'social-office',
  entities: [SocialOffice, CaseWorker, SocialOfficeAppointment],
  migrations,
  resolvers: [SocialOfficeFamilyResolver, SocialOfficeAppointmentResolver, accessLogResolver('social-office', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedSocialOffice,
};
