import type { DataSource } from 'typeorm';
import { demoMunicipality } from '../../demo/municipality';
import { insertInChunks } from '../kit/seed';
import { Eviction } from './housing-case/eviction.entity';
import { HomeVisit } from './housing-case/home-visit.entity';
import { HousingCase } from './housing-case/housing-case.entity';
import { HousingCounsellor } from './housing-case/housing-counsellor.entity';
import { HousingFollowUp } from './housing-case/housing-follow-up.entity';
import { HousingReferral } from './housing-case/housing-referral.entity';
import { HousingAlert } from './tenancy/housing-alert.entity';
import { Tenancy } from './tenancy/tenancy.entity';

export async function seedHousing(db: DataSource): Promise<void> {
  if ((await db.getRepository(HousingCase).count()) > 0) return;
  const demo = demoMunicipality();
  const { housing } = demo;
  await db.transaction(async (tx) => {
    await insertInChunks(tx, HousingCounsellor, housing.counsellors);
    await insertInChunks(tx, HousingCase, housing.cases);
    await insertInChunks(tx, Tenancy, demo.tenancies);
    await insertInChunks(
      tx,
      HousingAlert,
      demo.housingAlerts.map(({ arrearsEuros, ...a }) => ({
        ...a,
        arrearsCents: arrearsEuros === null ? null : arrearsEuros * 100,
        monthsInArrears: arrearsEuros === null ? null : Math.max(1, Math.round(arrearsEuros / 700)),
        warningGivenOn: a.type === 'DISTURBANCE' ? a.reportedAt.toISOString().slice(0, 10) : null,
        disturbanceKind: a.type === 'DISTURBANCE' ? 'NOISE' : null,
      })),
    );
    await insertInChunks(tx, HomeVisit, housing.homeVisits);
    await insertInChunks(tx, HousingReferral, housing.referrals);
    await insertInChunks(tx, HousingFollowUp, housing.followUps);
    await insertInChunks(tx, Eviction, housing.evictions);
  });
}
