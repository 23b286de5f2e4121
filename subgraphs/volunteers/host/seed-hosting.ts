import type { EntityManager } from 'typeorm';
import type { DemoMunicipality } from '../../../demo/municipality';
import { insertInChunks } from '../../kit/seed';
import { Activity, ActivitySignUp } from '../activity/activity.entity';
import { MeetingPlace } from '../meeting-place/meeting-place.entity';
import { HostGoal } from './host-goal.entity';
import { HoursEntry } from './hours-entry.entity';

/** Hosts' hours and goals, meeting places and activities of the demo municipality (demo/hosts.ts). */
export async function seedHosting(tx: EntityManager, demo: DemoMunicipality): Promise<void> {
  await insertInChunks(tx, HoursEntry, demo.hoursEntries);
  await insertInChunks(tx, HostGoal, demo.hostGoals);
  await insertInChunks(tx, MeetingPlace, demo.meetingPlaces);
  await insertInChunks(tx, Activity, demo.activities);
  await insertInChunks(tx, ActivitySignUp, demo.activitySignUps);
}
