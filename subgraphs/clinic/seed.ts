import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import type { AgendaStatus } from '../kit/agenda';
import { insertInChunks } from '../kit/seed';
import { ClinicAppointment } from './appointment/clinic-appointment.entity';
import { Clinic } from './appointment/clinic.entity';

export async function seedClinic(db: DataSource): Promise<void> {
  if ((await db.getRepository(Clinic).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, Clinic, demo.clinics);
    await insertInChunks(
      tx,
      ClinicAppointment,
      demo.clinicAppointments.map((a) => ({
        id: a.id,
        familyId: a.familyId,
        personId: a.personId,
        clinicId: a.placeId,
        serviceType: a.kind,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        status: a.status as AgendaStatus,
      })),
    );
  });
}
