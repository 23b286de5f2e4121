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
import { HostGoalResolver, HostGroupResolver } from './host/host-group.resolver';
import { HostGoal } from './host/host-goal.entity';
import { HoursEntry } from './host/hours-entry.entity';
import { hostMonthReference, HostMonthResolver, HoursEntryResolver } from './host/hours-entry.resolver';
import { Family } from './family/family';
import { Activity, ActivitySignUp } from './activity/activity.entity';
import { ActivityResolver, ActivitySignUpResolver, MeetingPlaceResolver } from './activity/activity.resolver';
import { ActivityAgendaResolver } from './activity/activity-agenda.resolver';
import { MeetingPlace } from './meeting-place/meeting-place.entity';
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
    HoursEntry,
    HostGoal,
    MeetingPlace,
    Activity,
    ActivitySignUp,
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
    HostGoalResolver,
    HoursEntryResolver,
    HostMonthResolver,
    MeetingPlaceResolver,
    ActivityResolver,
    ActivitySignUpResolver,
    ActivityAgendaResolver,
    accessLogResolver('volunteers', Family),
  ],
  orphanedTypes: [Family, VolunteerOrganisation],
  references: {
    Family: familyKeyReference,
    Companion: companionReference,
    VolunteerOrganisation: volunteerOrganisationReference,
    HostMonth: hostMonthReference,
  },
  seed: seedVolunteers,
  grants: volunteerGrants,
};
