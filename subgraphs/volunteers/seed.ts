import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { Companion, CompanionAssignment } from './companion/companion.entity';
import { Consent } from './consent/consent.entity';
import { HostGroup, HostGroupMember, SocialHost } from './host/host-group.entity';
import { seedHosting } from './host/seed-hosting';

export async function seedVolunteers(db: DataSource): Promise<void> {
  if ((await db.getRepository(Companion).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, Companion, demo.companions);
    await insertInChunks(tx, CompanionAssignment, demo.assignments);
    await insertInChunks(tx, Consent, demo.consents);
    await insertInChunks(tx, SocialHost, demo.socialHosts);
    await insertInChunks(tx, HostGroup, [...demo.hostGroups, ...demo.extraHostGroups]);
    await insertInChunks(tx, HostGroupMember, [...demo.hostGroupMembers, ...demo.extraHostGroupMembers]);
    await seedHosting(tx, demo);
  });
}
