import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { seedHostCompensation } from './host-compensation/seed';
import { BenefitApplication } from './application/benefit-application.entity';
import { BenefitDecision } from './application/benefit-decision.entity';

export async function seedBenefits(db: DataSource): Promise<void> {
  await seedHostCompensation(db);
  if ((await db.getRepository(BenefitApplication).count()) > 0) return;
  const { benefits } = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(tx, BenefitApplication, benefits.applications);
    await insertInChunks(tx, BenefitDecision, benefits.decisions);
  });
}
