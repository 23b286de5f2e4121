import { accessLogResolver } from '../kit/access-log/access-log.resolver';
import { familyKeyReference } from '../kit/family-rows';
import { IdempotencyKey } from '../kit/idempotency';
import type { SubgraphDefinition } from '../kit/server';
import { Companion, CompanionAssignment } from './companion/companion.entity';
import { Consent } from './consent/consent.entity';
import { ConsentResolver } from './consent/consent.resolver';
import { VolunteerCoordinator } from './coordinator/coordinator.entity';
import { VolunteerOrganisation } from './coordinator/volunteer-organisation';
import { VolunteerOrganisationResolver, volunteerOrganisationReference } from './coordinator/volunteer-organisation.resolver';
import { CompanionResolver, companionReference, VolunteersFamilyResolver } from './family/family.resolver';
import { volunteerGrants } from './grants';
import { HostGroup, HostGroupMember, SocialHost } from './host/host-group.entity';
import { HostGroupResolver } from './host/host-group.resolver';
import { Family } from './family/family';
import { migrations } from './migrations';
import { CompanionReferral } from './referral/referral.entity';
import { CompanionReferralResolver } from './referral/referral.resolver';
import { seedVolunteers } from './seed';
import { MeetingAttendance, SupervisionFeedback, VolunteerMeeting } from './training/meeting.entity';
import { VolunteerMeetingResolver } from './training/meeting.resolver';

export const volunteers: SubgraphDefinition = {
  name: 'volunteers',
  entities: [
    IdempotencyKey,
    Companion,
    CompanionAssignment,
    Consent,
    SocialHost,
    HostGroup,
    HostGroupMember,
    VolunteerCoordinator,
    CompanionReferral,
    VolunteerMeeting,
    MeetingAttendance,
    SupervisionFeedback,
  ],
  migrations,
  resolvers: [
    VolunteersFamilyResolver,
    CompanionResolver,
    ConsentResolver,
    HostGroupResolver,
    VolunteerOrganisationResolver,
    CompanionReferralResolver,
    VolunteerMeetingResolver,
    accessLogResolver('volunteers', Family),
  ],
  orphanedTypes: [Family, VolunteerOrganisation],
  references: { Family: familyKeyReference, Companion: companionReference, VolunteerOrganisation: volunteerOrganisationReference },
  seed: seedVolunteers,
  grants: volunteerGrants,
};
