import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { HousingCase, type HousingAlertType, type HousingOutcome } from './housing-case/housing-case.entity';

export async function seedHousing(db: DataSource): Promise<void> {
  if ((await db.getRepository(HousingCase).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction((tx) =>
    insertInChunks(tx, HousingCase, demo.housingCases.map((c) => ({ ...c, alertType: c.alertType as HousingAlertType, outcome: c.outcome as HousingOutcome | null }))),
  );
}
