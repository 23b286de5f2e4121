import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { HousingCase, type HousingAlertType, type HousingOutcome } from './housing-case/housing-case.entity';
import { HousingAlert, Tenancy } from './tenancy/tenancy.entity';

export async function seedHousing(db: DataSource): Promise<void> {
  if ((await db.getRepository(HousingCase).count()) > 0) return;
  const demo = demoMunicipality();
  await db.transaction(async (tx) => {
    await insertInChunks(
      tx,
      HousingCase,
      demo.housingCases.map((c) => ({ ...c, alertType: c.alertType as HousingAlertType, outcome: c.outcome as HousingOutcome | null })),
    );
    await insertInChunks(tx, Tenancy, demo.tenancies);
    await insertInChunks(
      tx,
      HousingAlert,
      demo.housingAlerts.map((a) => ({ ...a, type: a.type as HousingAlertType })),
    );
  });
}
