import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import type { SubgraphDefinition } from '../kit/server';
import { ClinicAppointment } from './appointment/clinic-appointment.entity';
import { ClinicAppointmentResolver } from './appointment/clinic-appointment.resolver';
import { Clinic } from './appointment/clinic.entity';
import { ClinicFamilyResolver } from './family/family.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { seedClinic } from './seed';

/** A partner's system in production: the child health clinic's appointments. */
export const clinic: SubgraphDefinition = {
  name: 'clinic',
  entities: [Clinic, ClinicAppointment],
  migrations,
  resolvers: [ClinicFamilyResolver, ClinicAppointmentResolver, accessLogResolver('clinic', Family)],
  orphanedTypes: [Family],
  references: { Family: familyKeyReference },
  seed: seedClinic,
};
