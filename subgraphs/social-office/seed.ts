import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import type { AgendaStatus } from '../kit/agenda';
import { insertInChunks } from '../kit/seed';
import { SocialOfficeAppointment } from './appointment/social-office-appointment.entity';
import { CaseWorker, SocialOffice } from './appointment/social-office.entity';
import { seedHelpFlow } from './help-flow-seed';

export async function seedSocialOffice(db: DataSource): Promise<void> {
  if ((await db.getRepository(SocialOffice).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, SocialOffice, demo.socialOffices);
    await insertInChunks(tx, CaseWorker, demo.caseWorkers);
    await insertInChunks(
      tx,
      SocialOfficeAppointment,
      demo.socialOfficeAppointments.map((a) => ({
        id: a.id,
        familyId: a.familyId,
        officeId: a.placeId,
        caseWorkerId: a.caseWorkerId,
        purpose: a.kind,
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        status: a.status as AgendaStatus,
      })),
    );
    await seedHelpFlow(tx, demo.help);
  });
}
