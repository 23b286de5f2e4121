import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { AgendaStatus, demoMunicipality, helsinkiInstant, insertInChunks } from '@rinnalla/subgraph-kit';
import { FamilyActivity } from './activity/family-activity.entity';

/** The parish's weekly family activities (fictitious): name, weekday offset from the demo's Monday, start and end. */
const ACTIVITIES = [
  { activity: 'Family café', day: 2, from: '17:30', to: '19:00' },
  { activity: "Children's club", day: 3, from: '15:00', to: '16:30' },
  { activity: 'Baby music group', day: 1, from: '10:00', to: '11:00' },
];
const PLACE = { placeName: 'Rinnala parish centre', placeAddress: 'Rantakatu 5, Rinnala' };
/** Weeks around the demo's Monday: two past (what was missed), three ahead (what to remind of). */
const WEEKS = [-2, -1, 0, 1, 2];

const DAY = 24 * 60 * 60 * 1000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** A stable id, so every start seeds the same rows. */
const stableId = (key: string) =>
  createHash('sha256')
    .update(`parish-activities:${key}`)
    .digest('hex')
    .replace(/^(.{8})(.{4}).(.{3}).(.{3})(.{12}).*$/, '$1-$2-4$3-8$4-$5');

/** Every third demo family (the demo guardian's first among them) takes part in one weekly activity. */
export function demoActivities(demo = demoMunicipality()): Array<Omit<FamilyActivity, 'version'>> {
  const today = new Date();
  return demo.families
    .filter((_, i) => i % 3 === 0)
    .flatMap((family, i) => {
      const { activity, day, from, to } = ACTIVITIES[i % ACTIVITIES.length];
      return WEEKS.map((week) => {
        const date = addDays(demo.anchor, week * 7 + day);
        const startsAt = helsinkiInstant(date, from);
        const past = startsAt < today;
        const status = past ? (week === -1 && i % 4 === 0 ? AgendaStatus.NOSHOW : AgendaStatus.FULFILLED) : AgendaStatus.BOOKED;
        return { id: stableId(`${family.id}:${date}`), familyId: family.id, activity, startsAt, endsAt: helsinkiInstant(date, to), status, ...PLACE };
      });
    });
}

export async function seedParishActivities(db: DataSource): Promise<void> {
  if ((await db.getRepository(FamilyActivity).count()) > 0) return;
  await db.transaction((tx) => insertInChunks(tx, FamilyActivity, demoActivities()));
}
