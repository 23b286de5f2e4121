import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { Companion, CompanionAssignment } from './companion/companion.entity';
import { Consent } from './consent/consent.entity';
import { VolunteerCoordinator } from './coordinator/coordinator.entity';
import { HostGroup, HostGroupMember, SocialHost } from './host/host-group.entity';
import { CompanionReferral } from './referral/referral.entity';
import { MeetingAttendance, SupervisionFeedback, VolunteerMeeting } from './training/meeting.entity';
import { seedHosting } from './host/seed-hosting';

export async function seedVolunteers(db: DataSource): Promise<void> {
  if ((await db.getRepository(Companion).count()) > 0) return;
  const demo = demoMunicipality();
  const { coordinators, referrals, meetings, attendance, feedback } = demo.companionship;
  await db.transaction(async (tx) => {
    await insertInChunks(tx, Companion, demo.companions);
    await insertInChunks(tx, CompanionReferral, referrals);
    await insertInChunks(tx, CompanionAssignment, demo.assignments);
    await insertInChunks(tx, Consent, demo.consents);
    await insertInChunks(tx, VolunteerCoordinator, coordinators);
    await insertInChunks(tx, VolunteerMeeting, meetings);
    await insertInChunks(tx, MeetingAttendance, attendance);
    await insertInChunks(tx, SupervisionFeedback, feedback);
    await insertInChunks(tx, SocialHost, demo.socialHosts);
    await insertInChunks(tx, HostGroup, [...demo.hostGroups, ...demo.extraHostGroups]);
    await insertInChunks(tx, HostGroupMember, [...demo.hostGroupMembers, ...demo.extraHostGroupMembers]);
    await seedHosting(tx, demo);
  });
}
