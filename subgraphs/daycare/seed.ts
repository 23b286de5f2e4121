import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import type { AgendaStatus } from '../kit/agenda';
import { insertInChunks } from '../kit/seed';
import { DiscussionTime } from './discussion-time/discussion-time.entity';
import { Absence, AttendanceReservation, type AbsenceType } from './reservation/attendance-reservation.entity';
import { DaycareUnit, Placement } from './unit/daycare-unit.entity';

export async function seedDaycare(db: DataSource): Promise<void> {
  if ((await db.getRepository(DaycareUnit).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, DaycareUnit, demo.daycareUnits);
    await insertInChunks(tx, Placement, demo.placements);
    await insertInChunks(tx, AttendanceReservation, demo.reservations);
    await insertInChunks(
      tx,
      Absence,
      demo.absences.map((a) => ({ ...a, type: a.type as AbsenceType })),
    );
    await insertInChunks(
      tx,
      DiscussionTime,
      demo.discussionTimes.map((d) => ({ ...d, status: d.status as AgendaStatus })),
    );
  });
}
