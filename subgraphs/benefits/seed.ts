import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { seedHostCompensation } from './host-compensation/seed';
import { BenefitApplication, type BenefitApplicationStatus, type BenefitKind } from './application/benefit-application.entity';

export async function seedBenefits(db: DataSource): Promise<void> {
  await seedHostCompensation(db);
  if ((await db.getRepository(BenefitApplication).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction((tx) =>
    insertInChunks(
      tx,
      BenefitApplication,
      demo.benefitApplications.map((a) => ({ ...a, kind: a.kind as BenefitKind, status: a.status as BenefitApplicationStatus })),
    ),
  );
}
